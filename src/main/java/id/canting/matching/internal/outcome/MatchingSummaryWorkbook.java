package id.canting.matching.internal.outcome;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.matching.internal.outcome.MatchingKpis.Figures;
import id.canting.matching.internal.outcome.MatchingKpis.Line;
import id.canting.matching.internal.outcome.MatchingKpis.MeetingLine;
import id.canting.shared.table.TableDefinition;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.table.TableDownloads.SheetOf;
import id.canting.shared.web.Dates;

/**
 * The business matching's KPIs as an XLSX workbook, numbers as numbers, a sheet per table: the totals
 * (one figure a row), by the seller's province, by category, by buyer type, and the meetings (company
 * names, time, place, status, declared value: no contact names, e-mails or phones).
 */
@Component
class MatchingSummaryWorkbook {

	/** One line of the totals sheet: what it is, in the file's language, and its value. */
	record Figure(String item, Object value) {
	}

	static final TableDefinition<Figure> TOTALS = TableDefinition.<Figure>of("matching-summary", "matching.kpi.sheet.totals")
		.text("matching.kpi.col.item", Figure::item)
		.with(new id.canting.shared.table.TableColumn<>("matching.kpi.col.value", id.canting.shared.table.CellKind.NUMBER,
				null, (f, locale) -> f.value()));

	static final TableDefinition<Line> BY_PROVINCE = figures(TableDefinition.<Line>of("matching-by-province",
			"matching.kpi.sheet.by-province").text("table.col.code", Line::key).text("field.province", Line::name));

	static final TableDefinition<Line> BY_CATEGORY = figures(TableDefinition.<Line>of("matching-by-category",
			"matching.kpi.sheet.by-category").text("matching.kpi.col.category", Line::name));

	static final TableDefinition<Line> BY_BUYER_TYPE = figures(TableDefinition.<Line>of("matching-by-buyer-type",
			"matching.kpi.sheet.by-buyer-type").text("matching.kpi.col.buyer-type", Line::name));

	static final TableDefinition<MeetingLine> MEETINGS = TableDefinition
		.<MeetingLine>of("matching-meetings", "matching.kpi.sheet.meetings")
		.number("matching.kpi.col.meeting", MeetingLine::id)
		.dateTime("matching.kpi.col.slot", m -> m.slotStart() == null ? null : m.slotStart().atZone(Dates.WIB).toInstant())
		.number("matching.kpi.col.table", MeetingLine::tableNo)
		.text("matching.kpi.col.booth", MeetingLine::booth)
		.text("matching.kpi.col.buyer", MeetingLine::buyer)
		.label("matching.kpi.col.buyer-type", "matching.kpi.buyer-type.", MeetingLine::buyerType)
		.text("matching.kpi.col.seller", MeetingLine::seller)
		.text("field.province", MeetingLine::sellerProvince)
		.label("matching.kpi.col.status", "matching.kpi.status.", MeetingLine::status)
		.localisedText("matching.kpi.col.walk-in", (m, locale) -> m.walkIn() ? "✓" : "")
		.number("matching.kpi.col.deal-value", MeetingLine::dealValueIdr);

	private final TableDownloads tables;
	private final MessageSource messages;

	MatchingSummaryWorkbook(TableDownloads tables, MessageSource messages) {
		this.tables = tables;
		this.messages = messages;
	}

	byte[] render(MatchingKpis kpis, Locale locale) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			tables.workbook(locale, List.of(new SheetOf<>(TOTALS, totals(kpis, locale)),
					new SheetOf<>(BY_PROVINCE, kpis.byProvince()), new SheetOf<>(BY_CATEGORY, kpis.byCategory()),
					new SheetOf<>(BY_BUYER_TYPE, kpis.byBuyerType()), new SheetOf<>(MEETINGS, kpis.meetings())), out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write the matching summary workbook", e);
		}
	}

	private static TableDefinition<Line> figures(TableDefinition<Line> table) {
		return table.number("matching.kpi.requested", l -> l.figures().requested())
			.number("matching.kpi.accepted", l -> l.figures().accepted())
			.number("matching.kpi.placed", l -> l.figures().placed())
			.number("matching.kpi.held", l -> l.figures().held())
			.number("matching.kpi.no-shows", l -> l.figures().noShows())
			.number("matching.kpi.walk-ins", l -> l.figures().walkIns())
			.number("matching.kpi.deals", l -> l.figures().deals())
			.number("matching.kpi.deal-value", l -> l.figures().dealValueIdr());
	}

	private List<Figure> totals(MatchingKpis kpis, Locale locale) {
		Figures f = kpis.totals();
		return List.of(new Figure(text("matching.kpi.col.event", locale), kpis.name() + " (" + kpis.code().value() + ")"),
				new Figure(text("matching.kpi.requested", locale), f.requested()),
				new Figure(text("matching.kpi.accepted", locale), f.accepted()),
				new Figure(text("matching.kpi.placed", locale), f.placed()),
				new Figure(text("matching.kpi.held", locale), f.held()),
				new Figure(text("matching.kpi.no-shows", locale), f.noShows()),
				new Figure(text("matching.kpi.walk-ins", locale), f.walkIns()),
				new Figure(text("matching.kpi.deals", locale), f.deals()),
				new Figure(text("matching.kpi.deal-value", locale), f.dealValueIdr()),
				new Figure(text("matching.kpi.as-of", locale), Dates.dateTime(kpis.asOf(), locale)));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
