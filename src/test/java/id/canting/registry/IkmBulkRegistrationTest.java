package id.canting.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;

/** The bulk path behind imports keeps every rule of a single registration, and its audit trail. */
@CantingTest
@Transactional
class IkmBulkRegistrationTest {

	static final Actor OFFICER_33 = new Actor("officer.bulk", Role.OFFICER, "33", Set.of());

	@Autowired
	IkmBulkRegistration bulk;

	@Autowired
	IkmManagement ikms;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registersEachIkmAsASingleRegistrationWouldWithItsChildRowsAndAuditEntry() {
		IkmInput first = IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000099001");
		IkmInput second = IkmInputs.withTechniques(IkmInputs.withNib(IkmInputs.withName(IkmInputs.aValidIkm(),
				"Batik Kawung Indah"), "9120000099002"), List.of("CAP", "TULIS"));

		List<IkmId> ids = bulk.registerAll(OFFICER_33, List.of(first, second));

		assertThat(ids).hasSize(2);
		Ikm read = ikms.ikm(OFFICER_33, ids.get(1));
		Ikm single = ikms.register(OFFICER_33, IkmInputs.withNib(second, "9120000099003"));
		assertThat(read.details()).isEqualTo(IkmDetailsWithNib.of(single.details(), "9120000099002"));
		assertThat(read.status()).isEqualTo(single.status());
		assertThat(read.verification()).isEqualTo(single.verification());
		assertThat(read.sizeClass()).isEqualTo(single.sizeClass());
		assertThat(read.provinceCode()).isEqualTo("33");
		assertThat(read.version()).isEqualTo(single.version());
		// an imported IKM can be edited like any other, with the version it reports
		ikms.update(OFFICER_33, ids.get(0), ikms.ikm(OFFICER_33, ids.get(0)).version(),
				IkmInputs.withName(first, "Batik Sekar Jagad Baru"));
		assertThat(ikms.ikm(OFFICER_33, ids.get(0)).name()).isEqualTo("Batik Sekar Jagad Baru");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ikm' and action = 'CREATED' and entity_id in (:ids)")
			.param("ids", ids.stream().map(id -> String.valueOf(id.value())).toList())
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void refusesTheWholeBatchWhenOneInputBreaksARule() {
		int before = count();
		IkmInput printing = IkmInputs.withTechniques(IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000099012"),
				List.of("PRINTING"));

		assertThatThrownBy(() -> bulk.registerAll(OFFICER_33,
				List.of(IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000099011"), printing)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void refusesANibGivenTwice() {
		assertThatThrownBy(() -> bulk.registerAll(OFFICER_33, List.of(IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000099022"),
				IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000099022"))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations()).extracting("field", "messageKey")
						.containsExactly(org.assertj.core.groups.Tuple.tuple("nib", "validation.nib.repeated")));
	}

	/** Nothing follows the violation in this test: PostgreSQL refuses further statements in that transaction. */
	@Test
	void refusesANibAlreadyRegistered() {
		ikms.register(OFFICER_33, IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000099021"));

		assertThatThrownBy(() -> bulk.registerAll(OFFICER_33, List.of(IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000099021"))))
			.isInstanceOfSatisfying(ConflictException.class,
					e -> assertThat(e.messageKey()).isEqualTo("ikm.duplicate-nib.since-validation"));
	}

	@Test
	void anOfficerRegistersOnlyInTheirProvince() {
		Actor officer35 = new Actor("officer.bulk35", Role.OFFICER, "35", Set.of());

		assertThatThrownBy(() -> bulk.registerAll(officer35, List.of(IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000099031"))))
			.isInstanceOf(ForbiddenException.class);
	}

	private int count() {
		return jdbc.sql("select count(*) from ikm").query(Integer.class).single();
	}

	/** The details of another IKM with this NIB, to compare two registrations of the same data. */
	private static final class IkmDetailsWithNib {

		static IkmDetails of(IkmDetails d, String nib) {
			return new IkmDetails(nib, d.name(), d.ownerName(), d.ownerGender(), d.address(), d.regencyCode(),
					d.sentraId(), d.kind(), d.techniques(), d.categories(), d.dyes(), d.workersMale(), d.workersFemale(),
					d.capacityPerMonth(), d.investmentIdr(), d.yearFounded(), d.phone(), d.email());
		}
	}
}
