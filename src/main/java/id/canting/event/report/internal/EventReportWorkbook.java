package id.canting.event.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.event.report.internal.EventSummary.CategoryCount;
import id.canting.event.report.internal.EventSummary.ExhibitorLine;
import id.canting.event.report.internal.EventSummary.KindCount;
import id.canting.event.report.internal.EventSummary.ProvinceCount;
import id.canting.event.report.internal.EventSummary.SessionLine;
import id.canting.shared.table.CellKind;
import id.canting.shared.table.TableColumn;
import id.canting.shared.table.TableDefinition;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.table.TableDownloads.SheetOf;
import id.canting.shared.web.Dates;

/**
 * The event's report as an XLSX workbook, a sheet per table as the shared table downloads write them:
 * the summary (one figure a row), the sessions, exhibitors by province, by kind, by category, and the
 * list of exhibitors (business names, origin, categories and booths: no personal data).
 */
@Component
public class EventReportWorkbook {

	/** One line of the summary sheet: what it is, in the file's language, and its value. */
	record Figure(String item, Object value) {
	}

	static final TableDefinition<Figure> SUMMARY = TableDefinition.<Figure>of("event-summary", "event.report.sheet.summary")
		.text("event.report.col.item", Figure::item)
		.with(new TableColumn<>("event.report.col.value", CellKind.NUMBER, null, (f, locale) -> f.value()));

	static final TableDefinition<SessionLine> SESSIONS = TableDefinition
		.<SessionLine>of("event-sessions", "event.report.sheet.sessions")
		.localisedText("event.report.col.session", (s, locale) -> s.title(Locale.ENGLISH.getLanguage().equals(locale.getLanguage())))
		.label("event.report.col.kind", "event.session.kind.", SessionLine::kind)
		.dateTime("event.report.col.starts-at", s -> s.startsAtWib().toInstant())
		.text("event.report.col.room", SessionLine::room)
		.number("event.report.col.capacity", SessionLine::capacity)
		.number("event.report.col.registrations", SessionLine::registrations)
		.number("event.report.col.fill-percent", SessionLine::fillPercent)
		.number("event.report.col.waitlisted", SessionLine::waitlisted)
		.number("event.report.col.cancelled", SessionLine::cancelled)
		.number("event.report.col.attendance", SessionLine::attendance)
		.number("event.report.col.attendance-percent", SessionLine::attendancePercent);

	static final TableDefinition<ProvinceCount> BY_PROVINCE = TableDefinition
		.<ProvinceCount>of("event-exhibitors-by-province", "event.report.sheet.by-province")
		.text("table.col.code", ProvinceCount::code)
		.text("field.province", ProvinceCount::name)
		.number("event.report.col.exhibitors", ProvinceCount::exhibitors);

	static final TableDefinition<KindCount> BY_KIND = TableDefinition
		.<KindCount>of("event-exhibitors-by-kind", "event.report.sheet.by-kind")
		.label("event.report.col.ikm-kind", "kind.", KindCount::kind)
		.number("event.report.col.exhibitors", KindCount::exhibitors);

	static final TableDefinition<CategoryCount> BY_CATEGORY = TableDefinition
		.<CategoryCount>of("event-exhibitors-by-category", "event.report.sheet.by-category")
		.label("event.report.col.category", "category.", CategoryCount::category)
		.number("event.report.col.exhibitors", CategoryCount::exhibitors);

	private final TableDownloads tables;
	private final MessageSource messages;

	EventReportWorkbook(TableDownloads tables, MessageSource messages) {
		this.tables = tables;
		this.messages = messages;
	}

	public byte[] render(EventSummary report, Locale locale) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			tables.workbook(locale,
					List.of(new SheetOf<>(SUMMARY, summary(report, locale)), new SheetOf<>(SESSIONS, report.sessions()),
							new SheetOf<>(BY_PROVINCE, report.byProvince()), new SheetOf<>(BY_KIND, report.byKind()),
							new SheetOf<>(BY_CATEGORY, report.byCategory()),
							new SheetOf<>(exhibitors(), report.exhibitorList())),
					out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write the event report workbook", e);
		}
	}

	/** The exhibitors' categories are joined as labels in the file's language. */
	private TableDefinition<ExhibitorLine> exhibitors() {
		return TableDefinition.<ExhibitorLine>of("event-exhibitors", "event.report.sheet.exhibitors")
			.text("event.report.col.booth", ExhibitorLine::booth)
			.text("event.report.col.business", ExhibitorLine::businessName)
			.label("event.report.col.ikm-kind", "kind.", ExhibitorLine::kind)
			.text("field.province", ExhibitorLine::provinceName)
			.text("event.report.col.regency", ExhibitorLine::regencyName)
			.localisedText("event.report.col.categories", (e, locale) -> e.categories().stream()
				.map(c -> text("category." + c.name(), locale)).collect(Collectors.joining(", ")))
			.localisedText("event.report.col.women-owned",
					(e, locale) -> text(e.womenOwned() ? "event.report.yes" : "event.report.no", locale));
	}

	private List<Figure> summary(EventSummary r, Locale locale) {
		List<Figure> lines = new ArrayList<>();
		lines.add(new Figure(text("event.report.field.event", locale), r.name()));
		lines.add(new Figure(text("event.report.field.code", locale), r.code().value()));
		lines.add(new Figure(text("event.report.field.status", locale), text("event.status." + r.status().name(), locale)));
		lines.add(new Figure(text("event.report.field.dates", locale),
				Dates.date(r.startDate(), locale) + " – " + Dates.date(r.endDate(), locale)));
		lines.add(new Figure(text("event.report.field.venue", locale), r.venue() + ", " + r.city()));
		lines.add(new Figure(text("event.report.exhibitors", locale), r.exhibitors()));
		lines.add(new Figure(text("event.report.provinces", locale), r.provinces()));
		lines.add(new Figure(text("event.report.prison-units", locale), r.prisonUnits()));
		lines.add(new Figure(text("event.report.women-owned", locale), r.womenOwned()));
		lines.add(new Figure(text("event.report.capacity", locale), r.capacity()));
		lines.add(new Figure(text("event.report.registrations", locale), r.registrations()));
		lines.add(new Figure(text("event.report.col.fill-percent", locale), r.fillPercent()));
		lines.add(new Figure(text("event.report.col.waitlisted", locale), r.waitlisted()));
		lines.add(new Figure(text("event.report.col.cancelled", locale), r.cancelled()));
		lines.add(new Figure(text("event.report.attendance", locale), r.attendance()));
		lines.add(new Figure(text("event.report.col.attendance-percent", locale), r.attendancePercent()));
		lines.add(new Figure(text("event.report.field.as-of", locale), Dates.dateTime(r.asOf(), locale)));
		return lines;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
