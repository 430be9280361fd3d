package org.smecredit.origination.product;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.origination.config.OriginationConfig;
import org.smecredit.origination.schedule.RepaymentType;
import org.smecredit.origination.support.CreditSupportType;

/** The current version of each product, read once from {@link OriginationConfig}. */
@ApplicationScoped
public class ProductCatalog {
    private final Map<ProductCode, Product> products = new EnumMap<>(ProductCode.class);

    public ProductCatalog(OriginationConfig config) {
        put(ProductCode.WORKING_CAPITAL, config.workingCapital());
        put(ProductCode.TERM_LOAN, config.termLoan());
        put(ProductCode.REVOLVING_LINE, config.revolvingLine());
        put(ProductCode.INVOICE_FINANCING, config.invoiceFinancing());
    }

    private void put(ProductCode code, OriginationConfig.ProductSettings s) {
        List<RepaymentType> repayment = s.repaymentTypes().stream().map(RepaymentType::valueOf).toList();
        Set<CreditSupportType> support = s.eligibleCreditSupport().stream().map(CreditSupportType::valueOf)
                .collect(Collectors.toSet());
        products.put(code, new Product(code, s.version(), s.minAmount(), s.maxAmount(), s.minTermMonths(),
                s.maxTermMonths(), s.rateFloor(), s.rateCap(), repayment, support));
    }

    public Product get(ProductCode code) {
        return products.get(code);
    }

    public List<Product> all() {
        return Arrays.stream(ProductCode.values()).map(products::get).toList();
    }
}
