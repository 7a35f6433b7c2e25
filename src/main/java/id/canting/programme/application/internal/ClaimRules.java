package id.canting.programme.application.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.canting.programme.application.ClaimLine;
import id.canting.programme.application.MachineCondition;
import id.canting.programme.catalogue.MachineOrigin;
import id.canting.programme.catalogue.PricedMachine;
import id.canting.programme.catalogue.ProgrammeRules;
import id.canting.registry.SizeClass;
import id.canting.shared.DateFields;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The field rules of machine-restructuring claim lines and of reimbursement quotes: pure functions of
 * the input, no database. Only new machines count, bought within the programme's year, with a
 * supplier, an invoice and a tax invoice (faktur pajak), for a price above 0. Every broken rule is
 * reported with its field and message key.
 */
public final class ClaimRules {

	/** No machine costs more than this (Rp1,000 trillion); it keeps every sum of lines exact. */
	static final long MAX_PRICE_IDR = 1_000_000_000_000_000L;
	/** At most this many machines in one quote. */
	static final int MAX_QUOTE_LINES = 100;

	private ClaimRules() {
	}

	/**
	 * Reads one claim line of a programme of this year, or refuses it listing every broken rule.
	 *
	 * @throws InvalidInputException naming each field ({@code machineName}, {@code condition},
	 *         {@code origin}, {@code supplier}, {@code invoiceNumber}, {@code taxInvoiceNumber},
	 *         {@code purchaseDate}, {@code priceIdr})
	 */
	public static ClaimLine check(ClaimLineInput input, int programmeYear) {
		List<FieldViolation> v = new ArrayList<>();
		ClaimLine line = line("", input, programmeYear, v);
		ProgrammeRules.throwIfAny(v);
		return line;
	}

	/**
	 * Reads every line of a claim, or refuses them listing every broken rule, each named by its
	 * position, e.g. {@code lines[1].purchaseDate}.
	 */
	public static List<ClaimLine> checkAll(List<ClaimLineInput> inputs, int programmeYear) {
		List<FieldViolation> v = new ArrayList<>();
		if (inputs == null || inputs.isEmpty()) {
			v.add(FieldViolation.of("lines", "programme.claim.validation.lines"));
		}
		List<ClaimLine> lines = new ArrayList<>();
		for (int i = 0; inputs != null && i < inputs.size(); i++) {
			lines.add(line("lines[" + i + "].", inputs.get(i), programmeYear, v));
		}
		ProgrammeRules.throwIfAny(v);
		return lines;
	}

	/**
	 * Reads the question of a quote, or refuses it naming {@code sizeClass}, {@code lines},
	 * {@code lines[0].origin} or {@code lines[0].priceIdr}.
	 */
	public static Quote check(QuoteInput input) {
		List<FieldViolation> v = new ArrayList<>();
		SizeClass sizeClass = ProgrammeRules.oneOf("sizeClass", input.sizeClass(), SizeClass.class, true, v);
		List<QuoteInput.Line> given = input.lines() == null ? List.of() : input.lines();
		if (given.isEmpty()) {
			v.add(FieldViolation.of("lines", "programme.claim.validation.lines"));
		}
		else if (given.size() > MAX_QUOTE_LINES) {
			v.add(FieldViolation.of("lines", "programme.quote.validation.too-many", MAX_QUOTE_LINES));
		}
		List<PricedMachine> machines = new ArrayList<>();
		for (int i = 0; i < given.size() && i < MAX_QUOTE_LINES; i++) {
			QuoteInput.Line line = given.get(i) == null ? new QuoteInput.Line(null, null) : given.get(i);
			String field = "lines[" + i + "].";
			MachineOrigin origin = ProgrammeRules.oneOf(field + "origin", line.origin(), MachineOrigin.class, true, v);
			Long price = price(field + "priceIdr", line.priceIdr(), v);
			if (origin != null && price != null) {
				machines.add(new PricedMachine(origin, price));
			}
		}
		ProgrammeRules.throwIfAny(v);
		return new Quote(sizeClass, machines);
	}

	private static ClaimLine line(String prefix, ClaimLineInput input, int year, List<FieldViolation> v) {
		ClaimLineInput in = input == null ? new ClaimLineInput(null, null, null, null, null, null, null, null) : input;
		String machineName = ProgrammeRules.text(prefix + "machineName", in.machineName(), 200, v);
		MachineCondition condition = ProgrammeRules.oneOf(prefix + "condition", in.condition(), MachineCondition.class,
				true, v);
		if (condition == MachineCondition.USED) {
			v.add(FieldViolation.of(prefix + "condition", "programme.claim.validation.used"));
		}
		MachineOrigin origin = ProgrammeRules.oneOf(prefix + "origin", in.origin(), MachineOrigin.class, true, v);
		String supplier = ProgrammeRules.text(prefix + "supplier", in.supplier(), 200, v);
		String invoice = ProgrammeRules.text(prefix + "invoiceNumber", in.invoiceNumber(), 60, v);
		String taxInvoice = ProgrammeRules.text(prefix + "taxInvoiceNumber", in.taxInvoiceNumber(), 40, v);
		LocalDate purchased = DateFields.parse(prefix + "purchaseDate", in.purchaseDate(), true, v);
		if (purchased != null && purchased.getYear() != year) {
			v.add(FieldViolation.of(prefix + "purchaseDate", "programme.claim.validation.purchase-year", year));
		}
		Long price = price(prefix + "priceIdr", in.priceIdr(), v);
		return price == null ? null
				: new ClaimLine(machineName, condition, origin, supplier, invoice, taxInvoice, purchased, price);
	}

	private static Long price(String field, Long price, List<FieldViolation> v) {
		if (price == null) {
			v.add(FieldViolation.of(field, "validation.required"));
			return null;
		}
		if (price <= 0) {
			v.add(FieldViolation.of(field, "programme.validation.positive"));
			return null;
		}
		if (price > MAX_PRICE_IDR) {
			v.add(FieldViolation.of(field, "validation.amount.max"));
			return null;
		}
		return price;
	}

	/** The question of a quote as read: the IKM's size class and its machines. */
	public record Quote(SizeClass sizeClass, List<PricedMachine> machines) {
	}
}
