package id.canting.event.exhibitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.event.EventView;
import id.canting.event.exhibitor.EventFixtures;
import id.canting.event.exhibitor.ExhibitorFigures;
import id.canting.event.exhibitor.internal.Curation;
import id.canting.event.exhibitor.internal.Proposal;
import id.canting.event.exhibitor.internal.demo.DemoExhibitors;
import id.canting.event.internal.EventManagement;
import id.canting.registry.IkmKind;

/**
 * The demo's HBN 2024 reproduces 26 exhibitors — 24 IKM and 2 prison units — from 10 provinces, chosen
 * by the solver (proven optimal), published, each with a booth. When the event module's demo has not
 * made HBN-2024, the test makes it and loads the exhibitors as the demo does.
 */
@CantingTest
@Transactional
class ExhibitorDemoTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	EventManagement events;
	@Autowired
	Curation curation;
	@Autowired
	DemoExhibitors demo;
	@Autowired
	ExhibitorFigures figures;

	@Test
	void hbn2024Has26ExhibitorsFrom10ProvincesWith2PrisonUnits() throws Exception {
		EventView event = EventFixtures.hbn2024(events);
		if (curation.published(DemoExhibitors.HBN_2024).isEmpty()) {
			Proposal proposal = demo.loadHbn2024(event);
			assertThat(proposal.optimal()).isTrue();
			assertThat(proposal.bound()).isEqualTo(proposal.totalScore());
			assertThat(proposal.leftOut()).allSatisfy(left -> assertThat(left.reason()).isNotEqualTo("combination"));
		}

		List<ExhibitorFigures.Exhibitor> hbn = figures.exhibitors(DemoExhibitors.HBN_2024);
		assertThat(hbn).hasSize(26);
		assertThat(hbn).extracting(ExhibitorFigures.Exhibitor::provinceCode).doesNotContain("72");
		assertThat(hbn.stream().map(ExhibitorFigures.Exhibitor::provinceCode).distinct()).hasSize(10);
		assertThat(hbn).filteredOn(e -> e.kind() == IkmKind.PRISON_UNIT).hasSize(2);
		assertThat(hbn).filteredOn(e -> e.kind() == IkmKind.REGULAR).hasSize(24);
		assertThat(curation.published(DemoExhibitors.HBN_2024)).isPresent();

		mvc.perform(get("/api/v1/events/HBN-2024/exhibitors?lang=en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(26)))
			.andExpect(jsonPath("$[0].booth").value("A1"))
			.andExpect(jsonPath("$[0].province").isNotEmpty())
			.andExpect(jsonPath("$[0].ownerName").doesNotExist())
			.andExpect(jsonPath("$[?(@.booth == null)]").isEmpty());
	}

	@Test
	void anUnknownEventHasNoPublicExhibitors() throws Exception {
		mvc.perform(get("/api/v1/events/NOPE-1/exhibitors")).andExpect(status().isNotFound());
	}
}
