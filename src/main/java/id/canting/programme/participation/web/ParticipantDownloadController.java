package id.canting.programme.participation.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.participation.internal.ProgrammeParticipants;
import id.canting.programme.participation.internal.ProgrammeSession;
import id.canting.programme.participation.internal.ProgrammeSessions;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.table.AllPages;
import id.canting.shared.table.TableDefinition;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.table.DownloadParams;
import id.canting.shared.table.TableRequest;
import id.canting.shared.web.FileDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A programme's participants as CSV or XLSX ({@code ?format=csv|xlsx&lang=id|en}), the participants
 * the reader may see, from the page ({@code /programmes/{code}/participants/export}) and the API
 * ({@code /api/v1/programmes/{code}/participants/export}): who, from which IKM, and where they stand
 * against the attendance rule.
 */
@RestController
@Tag(name = "Programme participants")
class ParticipantDownloadController {

	/** A participant with the code of their gender, which the API's response shortens to a letter. */
	record Line(String gender, ParticipantResponse participant) {
	}

	private final ProgrammeParticipants participants;
	private final ProgrammeSessions sessions;
	private final TableDownloads downloads;
	private final TableDefinition<Line> table;

	ParticipantDownloadController(ProgrammeParticipants participants, ProgrammeSessions sessions,
			TableDownloads downloads, Regions regions) {
		this.participants = participants;
		this.sessions = sessions;
		this.downloads = downloads;
		this.table = TableDefinition.<Line>of("participants", "participant.list.title")
			.number("participant.col.number", l -> l.participant().number())
			.text("participant.field.name", l -> l.participant().name())
			.label("participant.field.gender", "gender.", Line::gender)
			.text("participant.col.ikm", l -> l.participant().ikm().name())
			.text("field.province", l -> regions.province(l.participant().ikm().provinceCode())
				.map(Province::displayName).orElse(l.participant().ikm().provinceCode()))
			.number("participant.col.attended", l -> l.participant().attended())
			.number("table.col.sessionsHeld", l -> l.participant().held())
			.number("table.col.sessionsRequired", l -> l.participant().required())
			.text("participant.col.certificate", l -> l.participant().certificateNumber());
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/programmes/{code}/participants/export", "/api/v1/programmes/{code}/participants/export" })
	void export(@PathVariable String code, @ParameterObject @ModelAttribute DownloadParams download, Actor actor, HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		List<ProgrammeSession> all = sessions.sessions(actor, code);
		LocalDate today = participants.today();
		String canonical = code.strip().toUpperCase(Locale.ROOT);
		PageRequest byNumber = PageRequest.of(0, 20, null, ProgrammeParticipants.SORTS.keySet(), "number");
		downloads.send(response, request, table, AllPages.of(byNumber, page -> participants
			.participants(actor, code, page)
			.map(p -> new Line(p.gender().name(), ParticipantResponse.of(p, all, today, canonical)))));
	}
}
