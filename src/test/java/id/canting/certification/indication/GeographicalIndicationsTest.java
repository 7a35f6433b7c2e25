package id.canting.certification.indication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.certification.CertifiedIkmFigures;
import id.canting.certification.IgStage;
import id.canting.certification.batikmark.internal.Certificate;
import id.canting.certification.batikmark.internal.Certificates;
import id.canting.certification.indication.internal.IgInput;
import id.canting.registry.IkmId;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;
import id.canting.shared.RuleRefusedException;

/** The indication registry with its demo data, who may keep members, and the certified IKM figures. */
@CantingTest
@Transactional
class GeographicalIndicationsTest {

	static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, Set.of());
	static final Actor OFFICER_35 = new Actor("officer.35", Role.OFFICER, "35", Set.of());
	static final Actor OFFICER_33 = new Actor("officer.33", Role.OFFICER, "33", Set.of());
	static final Actor ASSESSOR = new Actor("assessor", Role.ASSESSOR, null, Set.of());

	@Autowired
	GeographicalIndications indications;

	@Autowired
	Certificates certificates;

	@Autowired
	CertifiedIkmFigures figures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoHasTubanRegisteredWithItsSourcedDatesAndMembersFromTuban() {
		GeographicalIndication tuban = indications.indication("batik-tulis-tenun-gedhog-tuban");
		assertThat(tuban.stage()).isEqualTo(IgStage.REGISTERED);
		assertThat(tuban.stages().get(IgStage.SUBSTANTIVE_EXAMINATION)).isEqualTo(LocalDate.of(2025, 8, 12));
		assertThat(tuban.stages().get(IgStage.REGISTERED)).isEqualTo(LocalDate.of(2025, 11, 12));
		assertThat(tuban.regencyCodes()).containsExactly("35.23");
		assertThat(tuban.members()).isNotEmpty().allMatch(m -> m.regencyCode().equals("35.23"));
		assertThat(indications.all()).extracting(GeographicalIndication::name).contains("Batik Tulis Nitik Yogyakarta",
				"Batik Besurek Bengkulu", "Sarung Batik Pekalongan", "Batik Tulis Complongan Indramayu");
		assertThat(indications.indication(String.valueOf(tuban.id())).slug()).isEqualTo(tuban.slug());
	}

	@Test
	void theOfficerOfTheMembersProvinceKeepsMembersAndOthersMayNot() {
		GeographicalIndication tuban = indications.indication("batik-tulis-tenun-gedhog-tuban");
		long outsider = tubanIkmNotIn(tuban);
		assertThatThrownBy(() -> indications.addMember(OFFICER_33, tuban.slug(), new IkmId(outsider)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> indications.addMember(ASSESSOR, tuban.slug(), new IkmId(outsider)))
			.isInstanceOf(ForbiddenException.class);
		assertThat(indications.addMember(OFFICER_35, tuban.slug(), new IkmId(outsider)).isMember(outsider)).isTrue();
		assertThat(indications.ofIkm(new IkmId(outsider))).extracting(GeographicalIndication::slug).contains(tuban.slug());
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ig' and action = 'MEMBER_ADDED' and province_code = '35' and summary like :s")
			.param("s", outsider + " %").query(Long.class).single()).isEqualTo(1);
		indications.removeMember(OFFICER_35, tuban.slug(), new IkmId(outsider));
		assertThat(indications.indication(tuban.slug()).isMember(outsider)).isFalse();
	}

	@Test
	void refusesAMemberOutsideTheCoveredRegencies() {
		long jateng = jdbc.sql("select min(id) from ikm where province_code = '33' and status = 'ACTIVE'").query(Long.class).single();
		assertThatThrownBy(() -> indications.addMember(ADMIN, "batik-tulis-tenun-gedhog-tuban", new IkmId(jateng)))
			.isInstanceOf(RuleRefusedException.class).hasFieldOrPropertyWithValue("messageKey", "ig.rule.member-outside");
	}

	@Test
	void createsWithRegenciesCheckedAgainstTheRegionReferenceAndAuditsIt() {
		assertThatThrownBy(() -> indications.create(ADMIN, new IgInput("Batik Uji", "Kain", "MPIG", List.of("35.99"), null, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> indications.create(OFFICER_35, new IgInput("Batik Uji", "Kain", "MPIG", List.of("35.23"), null, null)))
			.isInstanceOf(ForbiddenException.class);
		GeographicalIndication ig = indications.create(ADMIN, new IgInput("Batik Uji Lasem", "Kain", "MPIG", List.of("33.17"), null, null));
		indications.reach(ADMIN, ig.slug(), IgStage.COMMUNITY_FORMED, LocalDate.of(2024, 1, 5), null);
		assertThatThrownBy(() -> indications.reach(ADMIN, ig.slug(), IgStage.DESCRIPTION_DRAFTED, LocalDate.of(2024, 1, 4), null))
			.isInstanceOf(RuleRefusedException.class);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ig' and entity_id = :id")
			.param("id", String.valueOf(ig.id())).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void countsDistinctIkmWithAnActiveCertificateByProvinceAndTechnique() {
		long before = figures.figures("35").ikm();
		long beforeCap = techniqueCount(figures.figures("35"), "CAP");
		long ikm = jdbc.sql("select min(id) from ikm where province_code = '35' and id not in (select ikm_id from certificate where status = 'ACTIVE')")
			.query(Long.class).single();
		LocalDate today = certificates.today();
		certificates.issue(ASSESSOR, new IkmId(ikm), "Uji Satu", Technique.CAP, today, null);
		certificates.issue(ASSESSOR, new IkmId(ikm), "Uji Dua", Technique.CAP, today, null);
		Certificate revoked = certificates.issue(ASSESSOR, new IkmId(ikm), "Uji Tiga", Technique.KOMBINASI, today, null);
		certificates.revoke(ASSESSOR, revoked.number(), "uji");
		CertifiedIkmFigures.Figures after = figures.figures("35");
		assertThat(after.ikm()).isEqualTo(before + 1);
		assertThat(techniqueCount(after, "CAP")).isEqualTo(beforeCap + 1);
		long expectedNational = jdbc.sql("select count(distinct ikm_id) from certificate where status = 'ACTIVE' and valid_until >= :t")
			.param("t", today).query(Long.class).single();
		CertifiedIkmFigures.Figures national = figures.figures(null);
		assertThat(national.ikm()).isEqualTo(expectedNational);
		assertThat(national.byProvince()).extracting(CertifiedIkmFigures.Count::key).contains("35");
		assertThat(national.definition()).contains("ACTIVE");
	}

	private static long techniqueCount(CertifiedIkmFigures.Figures f, String technique) {
		return f.byTechnique().stream().filter(c -> c.key().equals(technique)).mapToLong(CertifiedIkmFigures.Count::ikm).sum();
	}

	private long tubanIkmNotIn(GeographicalIndication tuban) {
		return jdbc.sql("select id from ikm where regency_code = '35.23' and status = 'ACTIVE' order by id")
			.query(Long.class).list().stream().filter(id -> !tuban.isMember(id)).findFirst().orElseThrow();
	}
}
