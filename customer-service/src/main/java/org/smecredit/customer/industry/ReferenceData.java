package org.smecredit.customer.industry;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.smecredit.customer.size.SizeClassifier;

/** Loads the reference data files once and makes them injectable. */
public class ReferenceData {
    @Produces
    @Singleton
    IndustryCatalogue industries() {
        return IndustryCatalogue.standard();
    }

    @Produces
    @Singleton
    SizeClassifier sizeClassifier() {
        return SizeClassifier.standard();
    }
}
