package id.canting.allocation.internal.progress;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.allocation.AllocationActivity;
import id.canting.allocation.ProducerBehindPace;
import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.AllocationOrderRepository;
import id.canting.allocation.internal.progress.PaceRule.Pace;
import id.canting.shared.Actor;
import id.canting.shared.web.Dates;

/**
 * Every morning in Jakarta, raises {@link ProducerBehindPace} for each producer of a CONFIRMED or
 * IN_PRODUCTION order that the {@link PaceRule} finds behind, at most once a day per order and producer,
 * and tells the producer and its province's officers by e-mail. Safe on several nodes: each alert is its
 * own transaction that first inserts its row in {@code allocation_pace_alert}, whose primary key (order,
 * IKM, day) lets only one node's insert through; the event, the audit entry and the messages are written
 * in that same transaction.
 */
@Component
public class PaceAlertJob {

	private static final Logger log = LoggerFactory.getLogger(PaceAlertJob.class);

	private final AllocationOrderRepository orders;
	private final ProgressFigures figures;
	private final ProgressMails mails;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	PaceAlertJob(AllocationOrderRepository orders, ProgressFigures figures, ProgressMails mails, JdbcClient jdbc,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.orders = orders;
		this.figures = figures;
		this.mails = mails;
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Runs once; returns how many alerts this run raised. */
	@Scheduled(cron = "${canting.allocation.pace-alert-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
	public int run() {
		return runOn(LocalDate.now(clock.withZone(Dates.WIB)));
	}

	/**
	 * The check as on {@code today} (the demo replays its story's day with it). Orders past their due date
	 * are left out: an alert is for catching up while there is time; afterwards the dashboard shows what
	 * is late, and a daily alert would only repeat it.
	 */
	public int runOn(LocalDate today) {
		List<Long> inProduction = jdbc.sql("select id from allocation_order where status in ('CONFIRMED', 'IN_PRODUCTION') order by id")
			.query(Long.class).list();
		int raised = 0;
		for (long orderId : inProduction) {
			AllocationOrder order = orders.findById(orderId).orElse(null);
			if (order == null || order.dueOn().isBefore(today)) {
				continue;
			}
			LocalDate start = figures.paceStart(order);
			java.util.Set<Long> alreadyRaised = figures.alertedOn(orderId, today);
			for (ProducerStanding s : figures.standings(orderId).values()) {
				Pace pace = PaceRule.of(s.allocated(), s.produced(), start, order.dueOn(), today);
				if (pace.behind() && !alreadyRaised.contains(s.ikmId().value()) && raise(order, s, pace, today)) {
					raised++;
				}
			}
		}
		if (raised > 0) {
			log.info("Producers behind pace raised: {}", raised);
		}
		return raised;
	}

	private boolean raise(AllocationOrder order, ProducerStanding s, Pace pace, LocalDate today) {
		try {
			return Boolean.TRUE.equals(transaction.execute(status -> {
				jdbc.sql("insert into allocation_pace_alert (order_id, ikm_id, raised_on, projected, allocated) values (?, ?, ?, ?, ?)")
					.params(order.id(), s.ikmId().value(), Date.valueOf(today), pace.projected(), pace.allocated())
					.update();
				events.publishEvent(new ProducerBehindPace(order.orderId(), s.ikmId(), pace.projected(), pace.allocated(),
						order.dueOn()));
				events.publishEvent(new AllocationActivity(ProgressReports.ENTITY, String.valueOf(order.id()),
						order.reference(), s.provinceCode(), "BEHIND_PACE", "IKM " + s.ikmId().value() + ": "
								+ pace.projected() + " / " + pace.allocated() + " (" + order.dueOn() + ")",
						Actor.SYSTEM.username()));
				mails.behindPace(order.id(), order.reference(), s.ikmId(), pace.projected(), pace.allocated(),
						Dates.date(order.dueOn(), ProgressMails.INDONESIAN));
				return true;
			}));
		}
		catch (DataIntegrityViolationException e) {
			return false; // another node (or an earlier run today) raised it first
		}
	}
}
