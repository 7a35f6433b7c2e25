package id.canting.registry;

import static id.canting.registry.IkmMother.anIkm;
import static id.canting.registry.SentraMother.aSentra;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingModuleTest;
import id.canting.registry.RegistryFigures.Figure;
import id.canting.registry.events.IkmDeactivated;
import id.canting.registry.events.IkmRegistered;
import id.canting.registry.events.SentraRegistered;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;

/**
 * The registry on its own (with the regions it names), on an empty database: registering and
 * changing IKM and sentra, the events that tell the other modules, and the tally the figures read.
 * Each test rolls back, so every test starts from an empty registry: the stimuli run in the test's
 * transaction ({@code tx -> ...} ignores the committing one {@code Scenario} offers), and the
 * registry's events are published synchronously within it.
 */
@CantingModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
@Transactional
class RegistryModuleTests {

	static final Actor OFFICER_33 = new Actor("officer.33", Role.OFFICER, "33", java.util.Set.of());

	@Autowired
	IkmManagement ikms;

	@Autowired
	SentraManagement sentras;

	@Autowired
	RegistryFigures figures;

	@Test
	void registeringAnIkmPublishesIkmRegisteredAndCountsItInTheFigures(Scenario scenario) {
		scenario.stimulate(tx -> ikms.register(OFFICER_33, anIkm().named("Batik Tiga Negeri").inRegency("33.26")
			.withWorkers(3, 7).build()))
			.andWaitForEventOfType(IkmRegistered.class)
			.toArriveAndVerify((event, ikm) -> {
				assertThat(event.id()).isEqualTo(ikm.id());
				assertThat(event.name()).isEqualTo("Batik Tiga Negeri");
				assertThat(event.provinceCode()).isEqualTo("33");
				assertThat(event.by()).isEqualTo("officer.33");
				assertThat(figures.headline().ikm()).isEqualTo(1);
				assertThat(figures.headline().workers()).isEqualTo(10);
				assertThat(figures.byProvince()).containsExactly(new Figure("33", 1, 10, 0));
			});
	}

	@Test
	void figuresCountOnlyActiveIkmAndFollowADeactivation(Scenario scenario) {
		Ikm kept = anIkm().inRegency("33.75").withWorkers(2, 6).registerWith(ikms);
		Ikm closed = anIkm().inRegency("34.71").withWorkers(1, 4).registerWith(ikms);
		assertThat(figures.headline().ikm()).isEqualTo(2);
		assertThat(figures.headline().provinces()).isEqualTo(2);

		scenario.stimulate(tx -> ikms.deactivate(Actor.SYSTEM, closed.id()))
			.andWaitForEventOfType(IkmDeactivated.class)
			.matching(event -> event.id().equals(closed.id()))
			.toArriveAndVerify(event -> {
				assertThat(figures.headline().ikm()).isEqualTo(1);
				assertThat(figures.headline().workers()).isEqualTo(8);
				assertThat(figures.byProvince()).extracting(Figure::key).containsExactly("33");
			});
		assertThat(ikms.ikm(Actor.SYSTEM, kept.id()).status()).isEqualTo(RecordStatus.ACTIVE);
	}

	@Test
	void anOfficerRegistersOnlyInTheirOwnProvince() {
		assertThatThrownBy(() -> ikms.register(OFFICER_33, anIkm().inRegency("34.71").build()))
			.isInstanceOf(ForbiddenException.class);
		assertThat(figures.headline().ikm()).isZero();
	}

	@Test
	void aNibBelongsToOneIkmOnly() {
		Ikm first = anIkm().withNib("9120000999001").registerWith(ikms);

		assertThatThrownBy(() -> anIkm().withNib("9120000999001").registerWith(ikms))
			.isInstanceOfSatisfying(ConflictException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("ikm.duplicate-nib");
				assertThat(refused.properties()).containsEntry("existingIkmId", first.id().value());
			});
	}

	@Test
	void registeringASentraPublishesSentraRegisteredAndCountsIt(Scenario scenario) {
		scenario.stimulate(tx -> aSentra().named("Sentra Batik Pesindon").inRegency("33.75").registerWith(sentras))
			.andWaitForEventOfType(SentraRegistered.class)
			.toArriveAndVerify((event, sentra) -> {
				assertThat(event.id()).isEqualTo(sentra.id());
				assertThat(event.provinceCode()).isEqualTo("33");
				assertThat(figures.headline().sentra()).isEqualTo(1);
			});
	}

	@Test
	void anIkmJoinsOnlyAnActiveSentraOfItsOwnRegency() {
		Sentra kauman = aSentra().inRegency("33.75").registerWith(sentras);
		Sentra closed = aSentra().inRegency("33.75").registerWith(sentras);
		sentras.deactivate(Actor.SYSTEM, closed.id());

		Ikm member = anIkm().inSentra(kauman).registerWith(ikms);
		assertThat(member.details().sentraId()).isEqualTo(kauman.id().value());

		assertThat(refusal(anIkm().inRegency("33.26").inSentra(kauman.id().value())))
			.isEqualTo(FieldViolation.of("sentraId", "validation.sentra.other-regency", kauman.name()));
		assertThat(refusal(anIkm().inSentra(closed)))
			.isEqualTo(FieldViolation.of("sentraId", "validation.sentra.inactive", closed.name()));
		assertThat(refusal(anIkm().inSentra(999_999L)))
			.isEqualTo(FieldViolation.of("sentraId", "validation.sentra.unknown", 999_999L));
	}

	@Test
	void aSentraCodeBelongsToOneSentraOnly() {
		Sentra first = aSentra().withCode("STR-33.75-900").registerWith(sentras);

		assertThatThrownBy(() -> aSentra().withCode("STR-33.75-900").inRegency("33.26").registerWith(sentras))
			.isInstanceOfSatisfying(ConflictException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("sentra.duplicate-code");
				assertThat(refused.properties()).containsEntry("existingSentraId", first.id().value());
			});
		assertThat(figures.headline().sentra()).isEqualTo(1);
	}

	@Test
	void aSentraLiesInAKnownRegency() {
		assertThatThrownBy(() -> aSentra().inRegency("33.99").registerWith(sentras))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
				.containsExactly(FieldViolation.of("regencyCode", "validation.regency.unknown", "33.99")));
	}

	private FieldViolation refusal(IkmMother ikm) {
		try {
			ikm.registerWith(ikms);
		}
		catch (InvalidInputException refused) {
			assertThat(refused.violations()).hasSize(1);
			return refused.violations().get(0);
		}
		throw new AssertionError("the IKM was registered");
	}
}
