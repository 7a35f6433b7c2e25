package id.canting.matching.internal.outcome;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.matching.BuyerType;
import id.canting.matching.MeetingStatus;
import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.OutcomeResult;
import id.canting.matching.ParticipantSide;
import id.canting.matching.internal.outcome.KpiComposition.MeetingFact;
import id.canting.matching.internal.outcome.KpiComposition.Party;
import id.canting.matching.internal.outcome.KpiComposition.RequestFact;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.registry.ProductCategory;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * The business matching's KPIs of an event, counted live from the module's tables on every call (no
 * cache: the figures move all day): for organisers (ADMIN) and the provincial offices (OFFICER, who see
 * the same aggregates; the list names companies only). Four reads of the event's rows, each by an
 * indexed event code.
 */
@Service
@Transactional(readOnly = true)
public class MatchingSummaries {

	private final DayRecords records;
	private final JdbcClient jdbc;
	private final Regions regions;
	private final MessageSource messages;
	private final MatchingSummaryWorkbook workbook;
	private final Clock clock;

	MatchingSummaries(DayRecords records, JdbcClient jdbc, Regions regions, MessageSource messages,
			MatchingSummaryWorkbook workbook, Clock clock) {
		this.records = records;
		this.jdbc = jdbc;
		this.regions = regions;
		this.messages = messages;
		this.workbook = workbook;
		this.clock = clock;
	}

	/**
	 * The figures as they stand, labels in the reader's language.
	 *
	 * @throws ForbiddenException for anyone but organisers and officers
	 */
	public MatchingKpis summary(Actor actor, EventCode code) {
		if (actor == null || !(actor.isAdmin() || actor.role() == Role.OFFICER)) {
			throw new ForbiddenException("matching.outcome.forbidden.summary");
		}
		EventView event = records.event(code);
		Locale locale = LocaleContextHolder.getLocale();
		return KpiComposition.compose(event.code(), event.name(), parties(code), requests(code), meetings(code),
				DealValues.perMeeting(reports(code)),
				p -> regions.province(p).map(Province::displayName).orElse(p),
				key -> messages.getMessage(key, null, key, locale), clock.instant());
	}

	/** The figures as an XLSX workbook in the given language. */
	public byte[] xlsx(MatchingKpis kpis, Locale locale) {
		return workbook.render(kpis, locale);
	}

	private Map<Long, Party> parties(EventCode code) {
		Map<Long, Set<ProductCategory>> categories = new HashMap<>();
		jdbc.sql("""
				select c.participant_id, c.category from matching_participant_category c
				join matching_participant p on p.id = c.participant_id where p.event_code = ?""")
			.param(code.value())
			.query(rs -> {
				categories.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(ProductCategory.class))
					.add(ProductCategory.valueOf(rs.getString(2)));
			});
		Map<Long, Party> parties = new HashMap<>();
		jdbc.sql("select id, side, company_name, province_code, buyer_type from matching_participant where event_code = ?")
			.param(code.value())
			.query(rs -> {
				long id = rs.getLong("id");
				String type = rs.getString("buyer_type");
				boolean seller = ParticipantSide.SELLER.name().equals(rs.getString("side"));
				parties.put(id, new Party(id, rs.getString("company_name"), rs.getString("province_code"),
						type == null ? null : BuyerType.valueOf(type),
						seller ? categories.getOrDefault(id, Set.of()) : Set.of()));
			});
		return parties;
	}

	private List<RequestFact> requests(EventCode code) {
		List<RequestFact> requests = new ArrayList<>();
		jdbc.sql("""
				select r.from_id, r.to_id, f.side from matching_request r join matching_participant f on f.id = r.from_id
				where r.event_code = ?""")
			.param(code.value())
			.query(rs -> {
				boolean fromBuyer = ParticipantSide.BUYER.name().equals(rs.getString("side"));
				requests.add(fromBuyer ? new RequestFact(rs.getLong("from_id"), rs.getLong("to_id"))
						: new RequestFact(rs.getLong("to_id"), rs.getLong("from_id")));
			});
		return requests;
	}

	private List<MeetingFact> meetings(EventCode code) {
		return jdbc.sql("""
				select m.id, m.buyer_id, m.seller_id, m.status, m.request_id, m.walk_in, m.table_no, s.starts_at, p.booth
				from matching_meeting m left join matching_slot s on s.id = m.slot_id
				join matching_participant p on p.id = m.seller_id where m.event_code = ?""")
			.param(code.value())
			.query((rs, n) -> {
				LocalDateTime start = rs.getObject("starts_at", java.time.LocalDateTime.class);
				int table = rs.getInt("table_no");
				Integer tableNo = rs.wasNull() ? null : table;
				rs.getLong("request_id");
				boolean fromRequest = !rs.wasNull();
				return new MeetingFact(rs.getLong("id"), rs.getLong("buyer_id"), rs.getLong("seller_id"),
						MeetingStatus.valueOf(rs.getString("status")), fromRequest, rs.getBoolean("walk_in"),
						start, tableNo, rs.getString("booth"));
			})
			.list();
	}

	private List<DealValues.Report> reports(EventCode code) {
		return jdbc.sql("""
				select o.meeting_id, o.side, o.checkpoint, o.result, o.value_idr from matching_outcome o
				join matching_meeting m on m.id = o.meeting_id where m.event_code = ? and o.result = 'ORDER_PLACED'""")
			.param(code.value())
			.query((rs, n) -> {
				long value = rs.getLong("value_idr");
				return new DealValues.Report(rs.getLong("meeting_id"), ParticipantSide.valueOf(rs.getString("side")),
						OutcomeCheckpoint.valueOf(rs.getString("checkpoint")), OutcomeResult.valueOf(rs.getString("result")),
						rs.wasNull() ? null : value);
			})
			.list();
	}
}
