package id.canting.programme.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import id.canting.programme.catalogue.EligibilityReason;
import id.canting.programme.catalogue.ProgrammeDetails;
import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.registry.IkmKind;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;

/** Each eligibility rule on its own, then all failures listed together. */
class EligibilityTest {

	static final ApplicantFacts IKM = new ApplicantFacts(ProgrammeTarget.IKM, true, "33", Set.of(Technique.TULIS),
			IkmKind.REGULAR, SizeClass.KECIL, true, 7L, 12, null);
	static final ApplicantFacts SENTRA = new ApplicantFacts(ProgrammeTarget.SENTRA, true, "33", null, null, null, false,
			7L, 12, null);

	@Test
	void anIkmMeetingEveryRuleIsEligible() {
		EligibilityRules all = rules(Set.of("33"), Set.of(Technique.TULIS), Set.of(IkmKind.REGULAR),
				Set.of(SizeClass.KECIL), true, true, 5, 3);
		assertThat(Eligibility.check(programme(ProgrammeTarget.IKM, all), IKM)).isEmpty();
	}

	@Test
	void refusesAnIkmForASentraProgramme() {
		assertThat(rulesFailed(programme(ProgrammeTarget.SENTRA, EligibilityRules.NONE), IKM)).containsExactly("target");
	}

	@Test
	void refusesAnInactiveApplicant() {
		ApplicantFacts inactive = new ApplicantFacts(ProgrammeTarget.IKM, false, "33", Set.of(Technique.TULIS),
				IkmKind.REGULAR, SizeClass.KECIL, true, 7L, 12, null);
		assertThat(rulesFailed(programme(ProgrammeTarget.IKM, EligibilityRules.NONE), inactive)).containsExactly("active");
	}

	@Test
	void refusesAnotherProvince() {
		var reasons = Eligibility.check(programme(ProgrammeTarget.IKM,
				rules(Set.of("35", "34"), Set.of(), Set.of(), Set.of(), false, false, null, null)), IKM);
		assertThat(reasons).extracting(EligibilityReason::rule).containsExactly("province");
		assertThat(reasons.get(0).arguments()).containsExactly("33", new TreeSet<>(Set.of("34", "35")));
		assertThat(reasons.get(0).messageKey()).isEqualTo("programme.eligibility.province");
	}

	@Test
	void refusesAnIkmPractisingNoneOfTheTechniques() {
		assertThat(rulesFailed(programme(ProgrammeTarget.IKM,
				rules(Set.of(), Set.of(Technique.CAP, Technique.KOMBINASI), Set.of(), Set.of(), false, false, null, null)), IKM))
			.containsExactly("technique");
	}

	@Test
	void acceptsAnIkmPractisingOneOfTheTechniques() {
		assertThat(Eligibility.check(programme(ProgrammeTarget.IKM,
				rules(Set.of(), Set.of(Technique.CAP, Technique.TULIS), Set.of(), Set.of(), false, false, null, null)), IKM))
			.isEmpty();
	}

	@Test
	void refusesARegularIkmForAPrisonUnitProgramme() {
		assertThat(rulesFailed(programme(ProgrammeTarget.IKM,
				rules(Set.of(), Set.of(), Set.of(IkmKind.PRISON_UNIT), Set.of(), false, false, null, null)), IKM))
			.containsExactly("kind");
	}

	@Test
	void refusesAnotherSizeClass() {
		assertThat(rulesFailed(programme(ProgrammeTarget.IKM,
				rules(Set.of(), Set.of(), Set.of(), Set.of(SizeClass.MENENGAH), false, false, null, null)), IKM))
			.containsExactly("sizeClass");
	}

	@Test
	void refusesAnIkmWithoutNibWhenRequired() {
		ApplicantFacts informal = new ApplicantFacts(ProgrammeTarget.IKM, true, "33", Set.of(Technique.TULIS),
				IkmKind.REGULAR, SizeClass.KECIL, false, 7L, 12, null);
		assertThat(rulesFailed(programme(ProgrammeTarget.IKM,
				rules(Set.of(), Set.of(), Set.of(), Set.of(), true, false, null, null)), informal)).containsExactly("nib");
	}

	@Test
	void refusesAnIkmOutsideASentraWhenMembershipIsRequired() {
		ApplicantFacts alone = new ApplicantFacts(ProgrammeTarget.IKM, true, "33", Set.of(Technique.TULIS),
				IkmKind.REGULAR, SizeClass.KECIL, true, null, null, null);
		assertThat(rulesFailed(programme(ProgrammeTarget.IKM,
				rules(Set.of(), Set.of(), Set.of(), Set.of(), false, true, null, null)), alone))
			.containsExactly("sentraMember");
	}

	@Test
	void refusesASentraWithTooFewActiveMembers() {
		ApplicantFacts small = new ApplicantFacts(ProgrammeTarget.SENTRA, true, "33", null, null, null, false, 7L, 4,
				null);
		var reasons = Eligibility.check(programme(ProgrammeTarget.SENTRA,
				rules(Set.of(), Set.of(), Set.of(), Set.of(), false, false, 5, null)), small);
		assertThat(reasons).extracting(EligibilityReason::rule).containsExactly("sentraSize");
		assertThat(reasons.get(0).arguments()).containsExactly(5, 4);
		assertThat(Eligibility.check(programme(ProgrammeTarget.SENTRA,
				rules(Set.of(), Set.of(), Set.of(), Set.of(), false, false, 5, null)), SENTRA)).isEmpty();
	}

	@Test
	void refusesABeneficiaryOfTheSameTypeWithinTheYears() {
		ApplicantFacts recent = new ApplicantFacts(ProgrammeTarget.SENTRA, true, "33", null, null, null, false, 7L, 12,
				2022);
		ApplicantFacts longAgo = new ApplicantFacts(ProgrammeTarget.SENTRA, true, "33", null, null, null, false, 7L, 12,
				2021);
		ProgrammeDetails threeYears = programme(ProgrammeTarget.SENTRA,
				rules(Set.of(), Set.of(), Set.of(), Set.of(), false, false, null, 3));
		assertThat(rulesFailed(threeYears, recent)).containsExactly("pastBenefit");
		assertThat(Eligibility.check(threeYears, longAgo)).isEmpty();
	}

	@Test
	void ikmRulesDoNotApplyToASentra() {
		assertThat(Eligibility.check(programme(ProgrammeTarget.SENTRA,
				rules(Set.of(), Set.of(Technique.CAP), Set.of(IkmKind.PRISON_UNIT), Set.of(SizeClass.MENENGAH), true, true,
						null, null)), SENTRA)).isEmpty();
	}

	@Test
	void listsEveryFailedRuleNotJustTheFirst() {
		ApplicantFacts facts = new ApplicantFacts(ProgrammeTarget.IKM, false, "33", Set.of(Technique.TULIS),
				IkmKind.REGULAR, SizeClass.MENENGAH, false, null, null, 2024);
		EligibilityRules all = rules(Set.of("35"), Set.of(Technique.CAP), Set.of(IkmKind.PRISON_UNIT),
				Set.of(SizeClass.KECIL), true, true, 5, 2);
		assertThat(rulesFailed(programme(ProgrammeTarget.IKM, all), facts)).containsExactly("active", "province",
				"technique", "kind", "sizeClass", "nib", "sentraMember", "sentraSize", "pastBenefit");
	}

	static List<String> rulesFailed(ProgrammeDetails programme, ApplicantFacts facts) {
		return Eligibility.check(programme, facts).stream().map(EligibilityReason::rule).toList();
	}

	static EligibilityRules rules(Set<String> provinces, Set<Technique> techniques, Set<IkmKind> kinds,
			Set<SizeClass> sizes, boolean nib, boolean member, Integer minMembers, Integer years) {
		return new EligibilityRules(new TreeSet<>(provinces), new TreeSet<>(techniques), new TreeSet<>(kinds),
				new TreeSet<>(sizes), nib, member, minMembers, years);
	}

	static ProgrammeDetails programme(ProgrammeTarget target, EligibilityRules rules) {
		return new ProgrammeDetails("P-2024", "Program uji", ProgrammeType.EQUIPMENT_FACILITATION, 2024, 1_000_000L, 5,
				LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30), target, "Ditjen IKMA", "uji", rules);
	}
}
