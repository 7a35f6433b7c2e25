package id.canting.programme.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.programme.application.ClaimLine;
import id.canting.programme.application.MachineCondition;
import id.canting.programme.catalogue.MachineOrigin;
import id.canting.programme.catalogue.PricedMachine;
import id.canting.registry.SizeClass;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** Claim lines and quote questions: new machines only, bought in the programme year, each broken rule named. */
class ClaimRulesTest {

	static ClaimLineInput valid() {
		return new ClaimLineInput(" Mesin cap tembaga otomatis ", "new", "domestic", "CV Logam Jaya", "INV/2024/0031",
				"010.000-24.00000031", "2024-05-20", 400_000_000L);
	}

	@Test
	void readsANewMachineBoughtInTheProgrammeYear() {
		ClaimLine line = ClaimRules.check(valid(), 2024);
		assertThat(line.machineName()).isEqualTo("Mesin cap tembaga otomatis");
		assertThat(line.condition()).isEqualTo(MachineCondition.NEW);
		assertThat(line.origin()).isEqualTo(MachineOrigin.DOMESTIC);
		assertThat(line.purchaseDate()).isEqualTo(LocalDate.of(2024, 5, 20));
		assertThat(line.priced()).isEqualTo(new PricedMachine(MachineOrigin.DOMESTIC, 400_000_000L));
	}

	@Test
	void refusesAUsedMachine() {
		refuses(with(valid(), "condition", "USED"),
				FieldViolation.of("condition", "programme.claim.validation.used"));
	}

	@Test
	void refusesAPurchaseOutsideTheProgrammeYear() {
		refuses(with(valid(), "purchaseDate", "2023-12-31"),
				FieldViolation.of("purchaseDate", "programme.claim.validation.purchase-year", 2024));
		refuses(with(valid(), "purchaseDate", "2025-01-01"),
				FieldViolation.of("purchaseDate", "programme.claim.validation.purchase-year", 2024));
		assertThat(ClaimRules.check(with(valid(), "purchaseDate", "2024-01-01"), 2024).purchaseDate())
			.isEqualTo(LocalDate.of(2024, 1, 1));
	}

	@Test
	void refusesAPriceOfNothing() {
		ClaimLineInput v = valid();
		refuses(new ClaimLineInput(v.machineName(), v.condition(), v.origin(), v.supplier(), v.invoiceNumber(),
				v.taxInvoiceNumber(), v.purchaseDate(), 0L), FieldViolation.of("priceIdr", "programme.validation.positive"));
	}

	@Test
	void namesEveryMissingFieldIncludingTheTaxInvoice() {
		ClaimLineInput empty = new ClaimLineInput(" ", null, "", null, null, " ", null, null);
		assertThatThrownBy(() -> ClaimRules.check(empty, 2024)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("machineName",
						"condition", "origin", "supplier", "invoiceNumber", "taxInvoiceNumber", "purchaseDate",
						"priceIdr"));
	}

	@Test
	void refusesTooLongTextsAndUnknownCodes() {
		ClaimLineInput bad = new ClaimLineInput("m".repeat(201), "REFURBISHED", "LOCAL", "s".repeat(201),
				"i".repeat(61), "f".repeat(41), "20/05/2024", -5L);
		assertThatThrownBy(() -> ClaimRules.check(bad, 2024)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).containsExactly(
						FieldViolation.of("machineName", "validation.too-long", 200, 201),
						FieldViolation.of("condition", "validation.one-of", "NEW, USED"),
						FieldViolation.of("origin", "validation.one-of", "DOMESTIC, IMPORTED"),
						FieldViolation.of("supplier", "validation.too-long", 200, 201),
						FieldViolation.of("invoiceNumber", "validation.too-long", 60, 61),
						FieldViolation.of("taxInvoiceNumber", "validation.too-long", 40, 41),
						FieldViolation.of("purchaseDate", "validation.date", "20/05/2024"),
						FieldViolation.of("priceIdr", "programme.validation.positive")));
	}

	@Test
	void namesTheLinesOfAClaimByTheirPosition() {
		assertThatThrownBy(() -> ClaimRules.checkAll(List.of(valid(), with(valid(), "condition", "USED")), 2024))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.containsExactly(FieldViolation.of("lines[1].condition", "programme.claim.validation.used")));
		assertThatThrownBy(() -> ClaimRules.checkAll(List.of(), 2024)).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.violations())
					.containsExactly(FieldViolation.of("lines", "programme.claim.validation.lines")));
		assertThat(ClaimRules.checkAll(List.of(valid(), valid()), 2024)).hasSize(2);
	}

	@Test
	void readsTheQuestionOfAQuote() {
		ClaimRules.Quote quote = ClaimRules.check(new QuoteInput("kecil",
				List.of(new QuoteInput.Line("DOMESTIC", 400_000_000L), new QuoteInput.Line("imported", 200_000_000L))));
		assertThat(quote.sizeClass()).isEqualTo(SizeClass.KECIL);
		assertThat(quote.machines()).containsExactly(new PricedMachine(MachineOrigin.DOMESTIC, 400_000_000L),
				new PricedMachine(MachineOrigin.IMPORTED, 200_000_000L));
	}

	@Test
	void namesEveryBrokenRuleOfAQuoteQuestion() {
		assertThatThrownBy(() -> ClaimRules.check(new QuoteInput(null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
					FieldViolation.of("sizeClass", "validation.required"),
					FieldViolation.of("lines", "programme.claim.validation.lines")));
		assertThatThrownBy(() -> ClaimRules.check(new QuoteInput("BESAR", Arrays.asList(
				new QuoteInput.Line("DOMESTIC", 0L), null, new QuoteInput.Line("LOCAL", ClaimRules.MAX_PRICE_IDR + 1)))))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
					FieldViolation.of("sizeClass", "validation.one-of", "KECIL, MENENGAH"),
					FieldViolation.of("lines[0].priceIdr", "programme.validation.positive"),
					FieldViolation.of("lines[1].origin", "validation.required"),
					FieldViolation.of("lines[1].priceIdr", "validation.required"),
					FieldViolation.of("lines[2].origin", "validation.one-of", "DOMESTIC, IMPORTED"),
					FieldViolation.of("lines[2].priceIdr", "validation.amount.max")));
	}

	@Test
	void refusesTooManyMachinesInOneQuote() {
		List<QuoteInput.Line> lines = java.util.Collections.nCopies(ClaimRules.MAX_QUOTE_LINES + 1,
				new QuoteInput.Line("DOMESTIC", 1L));
		assertThatThrownBy(() -> ClaimRules.check(new QuoteInput("KECIL", lines)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
					FieldViolation.of("lines", "programme.quote.validation.too-many", ClaimRules.MAX_QUOTE_LINES)));
	}

	private static ClaimLineInput with(ClaimLineInput v, String field, String value) {
		return new ClaimLineInput(v.machineName(), field.equals("condition") ? value : v.condition(), v.origin(),
				v.supplier(), v.invoiceNumber(), v.taxInvoiceNumber(),
				field.equals("purchaseDate") ? value : v.purchaseDate(), v.priceIdr());
	}

	private static void refuses(ClaimLineInput input, FieldViolation expected) {
		assertThatThrownBy(() -> ClaimRules.check(input, 2024)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).containsExactly(expected));
	}
}
