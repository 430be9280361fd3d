package org.smecredit.collections.actions;

/** How a collector reached the borrower, a guarantor or another related person. */
public enum ContactChannel { PHONE, VISIT, LETTER, EMAIL, MESSAGE }
