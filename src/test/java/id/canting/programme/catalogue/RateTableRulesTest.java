package id.canting.programme.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.programme.catalogue.internal.RateLine;
import id.canting.programme.catalogue.internal.ReimbursementInput;
import id.canting.registry.SizeClass;
import id.canting.shared.FieldChange;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** The rate table of a programme: required for machine restructuring only, each broken rule named by its line. */
class RateTableRulesTest {

	static ProgrammeInput machineProgramme(ReimbursementInput rates) {
		return new ProgrammeInput("MESIN-2030", "Restrukturisasi mesin 2030", "MACHINE_RESTRUCTURING", 2030,
				6_000_000_000L, 40, "2030-03-01", "2030-08-31", "IKM", "Ditjen IKMA", "Penggantian harga mesin baru",
				List.of(), List.of(), List.of(), List.of(), true, false, null, null, rates);
	}

	static ReimbursementInput rates(Long minimum, Long maximum, ReimbursementInput.Rate... lines) {
		return new ReimbursementInput(Arrays.asList(lines), minimum, maximum);
	}

	static ReimbursementInput.Rate line(String origin, String sizeClass, String percent) {
		return new ReimbursementInput.Rate(origin, sizeClass, percent == null ? null : new BigDecimal(percent));
	}

	@Test
	void readsTheRateTableOfAMachineRestructuringProgramme() {
		ProgrammeDetails d = ProgrammeRules.check(machineProgramme(rates(5_000_000L, 300_000_000L,
				line("imported", "", "25"), line(null, null, null), line("DOMESTIC", null, "30"))));
		ReimbursementRates table = d.reimbursement();
		assertThat(table.rates()).containsExactly(new RateLine(MachineOrigin.DOMESTIC, null, new BigDecimal("30")),
				new RateLine(MachineOrigin.IMPORTED, null, new BigDecimal("25")));
		assertThat(table.minimumIdr()).isEqualTo(5_000_000L);
		assertThat(table.maximumIdr()).isEqualTo(300_000_000L);
	}

	@Test
	void aMachineRestructuringProgrammeNeedsARateTable() {
		refuses(machineProgramme(null), FieldViolation.of("rates", "programme.validation.rates.required"));
		refuses(machineProgramme(rates(null, null, line("", "", null))),
				FieldViolation.of("rates", "programme.validation.rates.required"));
	}

	@Test
	void noOtherTypeMayHaveOne() {
		ProgrammeInput training = ProgrammeRulesTest.valid().withReimbursement(rates(null, 1L));
		refuses(training, FieldViolation.of("rates", "programme.validation.rates.only-machine"));
		ProgrammeInput emptyRows = ProgrammeRulesTest.valid().withReimbursement(rates(null, null, line("", "", null)));
		assertThat(ProgrammeRules.check(emptyRows).reimbursement()).isNull();
	}

	@Test
	void namesEveryBrokenRuleByItsLine() {
		ProgrammeInput bad = machineProgramme(rates(0L, null, line("DOMESTIC", null, "30"), line("DOMESTIC", "", "0"),
				line("LOCAL", "BESAR", "100.5"), line("IMPORTED", "KECIL", "25.125"), line("IMPORTED", "kecil", "25"),
				line(null, null, "10")));
		assertThatThrownBy(() -> ProgrammeRules.check(bad)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder(
						"rates[1].sizeClass", "rates[1].ratePercent", "rates[2].origin", "rates[2].sizeClass",
						"rates[2].ratePercent", "rates[3].ratePercent", "rates[4].sizeClass", "rates[5].origin",
						"minimumIdr"));
		assertThatThrownBy(() -> ProgrammeRules.check(bad)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).contains(
						FieldViolation.of("rates[1].sizeClass", "programme.validation.rates.duplicate-any", "DOMESTIC"),
						FieldViolation.of("rates[2].ratePercent", "programme.validation.rates.percent"),
						FieldViolation.of("rates[3].ratePercent", "validation.decimals", 2),
						FieldViolation.of("rates[4].sizeClass", "programme.validation.rates.duplicate", "IMPORTED",
								"KECIL")));
	}

	@Test
	void acceptsARateOfExactlyOneHundredPercentWithTwoDecimalsOrLess() {
		ProgrammeDetails d = ProgrammeRules.check(machineProgramme(rates(null, null, line("DOMESTIC", "KECIL", "100"),
				line("DOMESTIC", "MENENGAH", "0.01"), line("IMPORTED", null, "27.50"))));
		assertThat(d.reimbursement().rates()).extracting(RateLine::plainPercent)
			.containsExactly(new BigDecimal("100"), new BigDecimal("0.01"), new BigDecimal("27.5"));
	}

	@Test
	void theMaximumIsNotBelowTheMinimum() {
		refuses(machineProgramme(rates(300_000_000L, 5_000_000L, line("DOMESTIC", null, "30"))),
				FieldViolation.of("maximumIdr", "programme.validation.rates.max-below-min", 300_000_000L));
		assertThat(ProgrammeRules.check(machineProgramme(rates(5_000_000L, 5_000_000L, line("DOMESTIC", null, "30"))))
			.reimbursement().maximumIdr()).isEqualTo(5_000_000L);
	}

	@Test
	void aChangedRateTableIsAChangeOfTheDraft() {
		Programme programme = Programme.draft(ProgrammeRules.check(machineProgramme(
				rates(5_000_000L, 300_000_000L, line("DOMESTIC", null, "30"), line("IMPORTED", null, "25")))),
				Instant.parse("2030-01-10T03:00:00Z"));
		ProgrammeDetails changed = ProgrammeRules.check(machineProgramme(rates(10_000_000L, 300_000_000L,
				line("DOMESTIC", "KECIL", "45"), line("DOMESTIC", null, "30"), line("IMPORTED", null, "25"))));
		List<FieldChange> changes = new ArrayList<>(programme.update(changed, "admin", Instant.parse("2030-01-11T03:00:00Z")));
		assertThat(changes).containsExactly(
				new FieldChange("rates", "DOMESTIC 30%, IMPORTED 25%", "DOMESTIC 30%, DOMESTIC KECIL 45%, IMPORTED 25%"),
				new FieldChange("minimumIdr", "5000000", "10000000"));
		assertThat(programme.reimbursement()).map(r -> r.rateFor(MachineOrigin.DOMESTIC, SizeClass.KECIL))
			.hasValueSatisfying(rate -> assertThat(rate).map(RateLine::plainPercent).contains(new BigDecimal("45")));
	}

	private static void refuses(ProgrammeInput input, FieldViolation expected) {
		assertThatThrownBy(() -> ProgrammeRules.check(input)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).containsExactly(expected));
	}
}
