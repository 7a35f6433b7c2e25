package id.canting.programme.application.web;

import java.util.ArrayList;
import java.util.List;

import id.canting.programme.application.ClaimLine;
import id.canting.programme.application.internal.ClaimLineInput;
import id.canting.shared.web.Rupiah;
import id.canting.shared.web.TypedAmount;

/** The machines of a claim as the page edits them: a fixed number of rows, blank rows ignored. */
public class ClaimForm {

	static final int ROWS = 6;

	private List<Row> lines = new ArrayList<>();

	/**
	 * One machine; text as typed, the price read by the one rupiah formatter (25.000.000). A price that
	 * is not an amount is refused in its cell as a price that is not above 0 always was.
	 */
	public static class Row {

		private String machineName;
		private String condition = "NEW";
		private String origin;
		private String supplier;
		private String invoiceNumber;
		private String taxInvoiceNumber;
		private String purchaseDate;
		@Rupiah(refusal = "programme.validation.positive")
		private TypedAmount priceIdr;

		boolean isBlank() {
			return blank(machineName) && blank(origin) && blank(supplier) && blank(invoiceNumber)
					&& blank(taxInvoiceNumber) && blank(purchaseDate) && priceIdr == null;
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}

		public String getMachineName() { return machineName; }
		public void setMachineName(String v) { machineName = v; }
		public String getCondition() { return condition; }
		public void setCondition(String v) { condition = v; }
		public String getOrigin() { return origin; }
		public void setOrigin(String v) { origin = v; }
		public String getSupplier() { return supplier; }
		public void setSupplier(String v) { supplier = v; }
		public String getInvoiceNumber() { return invoiceNumber; }
		public void setInvoiceNumber(String v) { invoiceNumber = v; }
		public String getTaxInvoiceNumber() { return taxInvoiceNumber; }
		public void setTaxInvoiceNumber(String v) { taxInvoiceNumber = v; }
		public String getPurchaseDate() { return purchaseDate; }
		public void setPurchaseDate(String v) { purchaseDate = v; }
		public TypedAmount getPriceIdr() { return priceIdr; }
		public void setPriceIdr(TypedAmount v) { priceIdr = v; }
	}

	/** The form filled with the claim's machines, and blank rows up to {@link #ROWS}. */
	static ClaimForm of(List<ClaimLine> claimed) {
		ClaimForm form = new ClaimForm();
		for (ClaimLine l : claimed) {
			Row row = new Row();
			row.machineName = l.machineName();
			row.condition = l.condition().name();
			row.origin = l.origin().name();
			row.supplier = l.supplier();
			row.invoiceNumber = l.invoiceNumber();
			row.taxInvoiceNumber = l.taxInvoiceNumber();
			row.purchaseDate = l.purchaseDate().toString();
			row.priceIdr = new TypedAmount(l.priceIdr());
			form.lines.add(row);
		}
		form.padded();
		return form;
	}

	void padded() {
		while (lines.size() < ROWS) {
			lines.add(new Row());
		}
	}

	/** The filled rows as claim lines, numbered as the rule messages will name them. */
	List<ClaimLineInput> filled() {
		List<ClaimLineInput> inputs = new ArrayList<>();
		for (Row r : lines) {
			if (!r.isBlank()) {
				inputs.add(new ClaimLineInput(r.machineName, r.condition, r.origin, r.supplier, r.invoiceNumber,
						r.taxInvoiceNumber, r.purchaseDate, TypedAmount.amountOf(r.priceIdr)));
			}
		}
		return inputs;
	}

	/** Moves the filled rows to the top, so that {@code lines[i]} of a rule message is row i of the form. */
	void compact() {
		List<Row> filled = new ArrayList<>(lines.stream().filter(r -> !r.isBlank()).toList());
		lines = filled;
		padded();
	}

	public List<Row> getLines() {
		return lines;
	}

	public void setLines(List<Row> lines) {
		this.lines = lines;
	}
}
