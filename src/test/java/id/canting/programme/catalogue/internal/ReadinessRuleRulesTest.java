package id.canting.programme.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.shared.FieldViolation;

/** The field rules of readiness rules: subject, comparison, value 0–4 with two decimals, no duplicates, IKM only. */
class ReadinessRuleRulesTest {

	@Test
	void readsRulesSkippingEmptyRows() {
		List<FieldViolation> v = new ArrayList<>();
		var rules = ReadinessRuleRules.check(ProgrammeTarget.IKM, Arrays.asList(
				new ReadinessRuleInput("overall", "BELOW", new BigDecimal("2")), new ReadinessRuleInput("", " ", null),
				new ReadinessRuleInput("TECHNOLOGY", "AT_LEAST", new BigDecimal("1.5"))), v);

		assertThat(v).isEmpty();
		assertThat(rules).containsExactly(
				new ReadinessRule(ReadinessRule.Subject.OVERALL, ReadinessRule.Comparison.BELOW, new BigDecimal("2.00")),
				new ReadinessRule(ReadinessRule.Subject.TECHNOLOGY, ReadinessRule.Comparison.AT_LEAST, new BigDecimal("1.50")));
	}

	@Test
	void refusesAValueOutsideZeroToFourOrWithMoreDecimals() {
		List<FieldViolation> v = new ArrayList<>();
		ReadinessRuleRules.check(ProgrammeTarget.IKM, List.of(
				new ReadinessRuleInput("OVERALL", "BELOW", new BigDecimal("4.01")),
				new ReadinessRuleInput("TECHNOLOGY", "AT_LEAST", new BigDecimal("-1")),
				new ReadinessRuleInput("PEOPLE_AND_CULTURE", "AT_LEAST", new BigDecimal("1.255")),
				new ReadinessRuleInput("FACTORY_OPERATIONS", "AT_LEAST", null)), v);

		assertThat(v).extracting(FieldViolation::field).containsExactly("readiness[0].value", "readiness[1].value",
				"readiness[2].value", "readiness[3].value");
	}

	@Test
	void refusesAnUnknownSubjectOrComparisonAndADuplicate() {
		List<FieldViolation> v = new ArrayList<>();
		ReadinessRuleRules.check(ProgrammeTarget.IKM, List.of(
				new ReadinessRuleInput("DIGITAL", "BELOW", BigDecimal.ONE),
				new ReadinessRuleInput("OVERALL", "ABOVE", BigDecimal.ONE),
				new ReadinessRuleInput("OVERALL", "BELOW", BigDecimal.ONE),
				new ReadinessRuleInput("OVERALL", "BELOW", new BigDecimal("2"))), v);

		assertThat(v).extracting(FieldViolation::field).containsExactly("readiness[0].subject",
				"readiness[1].comparison", "readiness[3].subject");
	}

	@Test
	void refusesReadinessRulesOnASentraProgramme() {
		List<FieldViolation> v = new ArrayList<>();
		ReadinessRuleRules.check(ProgrammeTarget.SENTRA, List.of(new ReadinessRuleInput("OVERALL", "BELOW", BigDecimal.ONE)), v);

		assertThat(v).extracting(FieldViolation::messageKey).containsExactly("programme.validation.readiness.ikm-only");
	}
}
