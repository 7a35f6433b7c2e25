package id.canting.programme.application.internal;

/**
 * One machine of a machine-restructuring claim as given by a form or the API, before
 * {@link ClaimRules} read it: codes as text, the purchase date as {@code 2024-05-20}, the price in IDR.
 *
 * @param condition NEW or USED (only new machines are reimbursed)
 * @param origin DOMESTIC or IMPORTED
 * @param taxInvoiceNumber the number of the faktur pajak, which the programme requires
 */
public record ClaimLineInput(String machineName, String condition, String origin, String supplier,
		String invoiceNumber, String taxInvoiceNumber, String purchaseDate, Long priceIdr) {
}
