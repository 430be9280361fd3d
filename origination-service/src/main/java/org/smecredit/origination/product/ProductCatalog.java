package org.smecredit.origination.product;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.origination.config.OriginationConfig;

/** The products and their bounds, read once from {@link OriginationConfig}. */
@ApplicationScoped
public class ProductCatalog {
    private final Map<ProductCode, Product> products = new EnumMap<>(ProductCode.class);

    public ProductCatalog(OriginationConfig config) {
        var wc = config.workingCapital();
        products.put(ProductCode.WORKING_CAPITAL, new Product(ProductCode.WORKING_CAPITAL, wc.minAmount(),
                wc.maxAmount(), wc.minTermMonths(), wc.maxTermMonths(), wc.rateFloor(), wc.rateCap()));
        var tl = config.termLoan();
        products.put(ProductCode.TERM_LOAN, new Product(ProductCode.TERM_LOAN, tl.minAmount(), tl.maxAmount(),
                tl.minTermMonths(), tl.maxTermMonths(), tl.rateFloor(), tl.rateCap()));
    }

    public Product get(ProductCode code) {
        return products.get(code);
    }
}
