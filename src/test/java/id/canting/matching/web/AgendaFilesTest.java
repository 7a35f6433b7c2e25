package id.canting.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which form of the agenda an Accept header asks for. */
class AgendaFilesTest {

	@Test
	void theFirstKnownTypeOfTheAcceptHeaderDecides() {
		assertThat(AgendaFiles.asked(null)).isEqualTo(AgendaFiles.Form.JSON);
		assertThat(AgendaFiles.asked("*/*")).isEqualTo(AgendaFiles.Form.JSON);
		assertThat(AgendaFiles.asked("application/pdf")).isEqualTo(AgendaFiles.Form.PDF);
		assertThat(AgendaFiles.asked("text/calendar, application/json;q=0.5")).isEqualTo(AgendaFiles.Form.ICS);
		assertThat(AgendaFiles.asked("image/png, application/pdf")).isEqualTo(AgendaFiles.Form.PDF);
		assertThat(AgendaFiles.asked("application/json, application/pdf")).isEqualTo(AgendaFiles.Form.JSON);
		assertThat(AgendaFiles.asked("not a type")).isEqualTo(AgendaFiles.Form.JSON);
	}
}
