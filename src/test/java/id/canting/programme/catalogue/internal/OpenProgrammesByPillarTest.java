package id.canting.programme.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessProgrammes;
import id.canting.readiness.ReadinessProgrammes.OpenProgramme;

/**
 * The programmes open today that address a pillar: by their type's row of the documented table, or
 * by a readiness rule on the pillar; published, in their window, for IKM; soonest closing first.
 * Each test rolls back the programmes it creates.
 */
@CantingTest
@Transactional
class OpenProgrammesByPillarTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	ReadinessProgrammes readinessProgrammes;

	@Test
	void everyTypeAddressesAPillarAndEveryPillarHasTheReadinessProgramme() {
		assertThat(OpenProgrammesByPillar.PILLARS_BY_TYPE).containsOnlyKeys(ProgrammeType.values());
		for (Pillar pillar : Pillar.values()) {
			assertThat(OpenProgrammesByPillar.typesAddressing(pillar)).contains(ProgrammeType.INDUSTRY_4_0);
		}
		assertThat(OpenProgrammesByPillar.typesAddressing(Pillar.PEOPLE_AND_CULTURE))
			.containsExactlyInAnyOrder(ProgrammeType.TRAINING, ProgrammeType.PRISON_ASSISTANCE, ProgrammeType.INDUSTRY_4_0);
	}

	@Test
	void listsTheOpenProgrammesForIkmThatAddressThePillarSoonestClosingFirst() throws Exception {
		LocalDate today = programmes.today();
		String opens = today.minusDays(3).toString();
		publish("UJI-PILAR-LATIH", "TRAINING", "IKM", opens, today.plusDays(30), "");
		publish("UJI-PILAR-PROMOSI", "PROMOTION", "IKM", opens, today.plusDays(40),
				", \"eligibility\": {\"readiness\": [{\"subject\": \"TECHNOLOGY\", \"comparison\": \"AT_LEAST\", \"value\": 1}]}");
		publish("UJI-PILAR-40", "INDUSTRY_4_0", "IKM", opens, today.plusDays(20), "");
		publish("UJI-PILAR-SENTRA", "EQUIPMENT_FACILITATION", "SENTRA", opens, today.plusDays(10), "");
		publish("UJI-PILAR-NANTI", "INDUSTRY_4_0", "IKM", today.plusDays(5).toString(), today.plusDays(50), "");
		create("UJI-PILAR-DRAF", "INDUSTRY_4_0", "IKM", opens, today.plusDays(15), "");

		List<String> technology = codes(readinessProgrammes.openAddressing(Pillar.TECHNOLOGY));
		// by type (Industry 4.0) and by a rule on technology (the promotion); not a sentra's, a draft or one not yet open
		assertThat(technology).containsSubsequence("UJI-PILAR-40", "UJI-PILAR-PROMOSI")
			.doesNotContain("UJI-PILAR-LATIH", "UJI-PILAR-SENTRA", "UJI-PILAR-NANTI", "UJI-PILAR-DRAF");
		assertThat(codes(readinessProgrammes.openAddressing(Pillar.PEOPLE_AND_CULTURE)))
			.containsSubsequence("UJI-PILAR-40", "UJI-PILAR-LATIH").doesNotContain("UJI-PILAR-PROMOSI");
		OpenProgramme training = readinessProgrammes.openAddressing(Pillar.PEOPLE_AND_CULTURE).stream()
			.filter(p -> p.code().equals("UJI-PILAR-LATIH")).findFirst().orElseThrow();
		assertThat(training.closesOn()).isEqualTo(today.plusDays(30));
		assertThat(training.name()).isEqualTo("Program UJI-PILAR-LATIH");
	}

	private static List<String> codes(List<OpenProgramme> open) {
		return open.stream().map(OpenProgramme::code).toList();
	}

	private void publish(String code, String type, String target, String opens, LocalDate closes, String rules)
			throws Exception {
		create(code, type, target, opens, closes, rules);
		mvc.perform(post("/api/v1/programmes/" + code + "/publish").with(logins.as("admin")))
			.andExpect(status().isOk());
	}

	private void create(String code, String type, String target, String opens, LocalDate closes, String rules)
			throws Exception {
		mvc.perform(post("/api/v1/programmes").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "Program %s", "type": "%s", "year": %d, "budgetIdr": 100000000, "quota": 20,
					 "opensOn": "%s", "closesOn": "%s", "target": "%s", "organiser": "Ditjen IKMA", "description": "Uji"%s}"""
				.formatted(code, code, type, closes.getYear(), opens, closes, target, rules)))
			.andExpect(status().isCreated());
	}
}
