package id.canting.event.exhibitor.internal;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.Events;
import id.canting.event.CurationCriteriaChanged;
import id.canting.shared.Actor;
import id.canting.shared.NotFoundException;

/** The weights of an event's curation criteria: the defaults of {@link Criterion} until an admin sets them. */
@Service
@Transactional
public class CurationCriteria {

	private final JdbcClient jdbc;
	private final Events events;
	private final ApplicationEventPublisher publisher;

	CurationCriteria(JdbcClient jdbc, Events events, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.events = events;
		this.publisher = publisher;
	}

	/** Every criterion with its weight for the event, in the order of {@link Criterion}. */
	@Transactional(readOnly = true)
	public Map<Criterion, Integer> weights(EventCode code) {
		Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			weights.put(criterion, criterion.defaultWeight());
		}
		jdbc.sql("select criterion, weight from curation_criterion where event_code = :code").param("code", code.value())
			.query(rs -> {
				weights.put(Criterion.valueOf(rs.getString("criterion")), rs.getInt("weight"));
			});
		return weights;
	}

	/** Sets every weight (0–100, not all 0); scores already given are recomputed when next scored. */
	public Map<Criterion, Integer> set(Actor actor, EventCode code, Map<Criterion, Integer> weights) {
		ExhibitorAccess.requireCurator(actor);
		if (events.find(code).isEmpty()) {
			throw new NotFoundException("exhibitor.event.not-found", code.value());
		}
		ExhibitorRules.checkedWeights(weights);
		jdbc.sql("delete from curation_criterion where event_code = :code").param("code", code.value()).update();
		weights.forEach((criterion, weight) -> jdbc
			.sql("insert into curation_criterion (event_code, criterion, weight) values (:code, :criterion, :weight)")
			.param("code", code.value()).param("criterion", criterion.name()).param("weight", weight).update());
		publisher.publishEvent(new CurationCriteriaChanged(code.value(), weights.toString(), actor.username()));
		return weights(code);
	}
}
