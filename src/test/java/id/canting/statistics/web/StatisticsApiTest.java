package id.canting.statistics.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.registry.IkmId;
import id.canting.registry.IkmInput;
import id.canting.registry.IkmManagement;
import id.canting.registry.Ikm;
import id.canting.shared.Actor;

@CantingTest
class StatisticsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IkmManagement ikms;

	@Test
	void demoDataReproducesTheArticlesHeadlineFigures() throws Exception {
		mvc.perform(get("/api/v1/statistics/summary"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workers").value(200000))
			.andExpect(jsonPath("$.ikm").value(5946))
			.andExpect(jsonPath("$.sentra").value(201))
			.andExpect(jsonPath("$.provinces").value(11))
			.andExpect(jsonPath("$.asOf").isNotEmpty())
			.andExpect(jsonPath("$.byProvince.length()").value(11))
			.andExpect(jsonPath("$.byProvince[?(@.code == '33')].sentra").value(72))
			.andExpect(jsonPath("$.byProvince[?(@.code == '35')].sentra").value(62))
			.andExpect(jsonPath("$.byProvince[?(@.code == '34')].sentra").value(23))
			.andExpect(jsonPath("$.byKind[?(@.key == 'PRISON_UNIT')].ikm").isNotEmpty());
	}

	@Test
	@Transactional
	void anEditShowsInTheNextRequest() throws Exception {
		Ikm ikm = ikms.ikm(Actor.SYSTEM, new IkmId(1));
		IkmInput input = inputOf(ikm, ikm.details().workersFemale() + 7);
		ikms.update(Actor.SYSTEM, ikm.id(), ikm.version(), input);
		mvc.perform(get("/api/v1/statistics/summary")).andExpect(jsonPath("$.workers").value(200007));
		ikms.deactivate(Actor.SYSTEM, ikm.id());
		mvc.perform(get("/api/v1/statistics/summary"))
			.andExpect(jsonPath("$.ikm").value(5945))
			.andExpect(jsonPath("$.workers").value(200007 - ikm.details().workersMale() - input.workersFemale()));
	}

	static IkmInput inputOf(Ikm ikm, int workersFemale) {
		var d = ikm.details();
		return new IkmInput(d.nib(), d.name(), d.ownerName(), d.ownerGender().name(), d.address(), d.regencyCode(),
				d.sentraId(), d.kind().name(), d.techniques().stream().map(Enum::name).toList(),
				d.categories().stream().map(Enum::name).toList(), d.dyes().stream().map(Enum::name).toList(),
				d.workersMale(), workersFemale, d.capacityPerMonth(), d.investmentIdr(), d.yearFounded(), d.phone(),
				d.email());
	}
}
