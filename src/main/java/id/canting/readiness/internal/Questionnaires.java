package id.canting.readiness.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.readiness.QuestionnaireCreated;
import id.canting.readiness.QuestionnairePublished;
import id.canting.readiness.QuestionnaireUpdated;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;

/**
 * The questionnaire versions: admins create one (whole, or as a copy of another), change it while no
 * assessment uses it, and publish it (retiring the one published before). A version that an
 * assessment used never changes, above all once a verified result rests on it: the admin makes a new
 * version instead. Everyone signed in reads them.
 */
@Service
@Transactional
public class Questionnaires {

	private final QuestionnaireStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Questionnaires(QuestionnaireStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Questionnaire> all() {
		return store.all();
	}

	@Transactional(readOnly = true)
	public Questionnaire questionnaire(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("readiness.questionnaire.not-found", id));
	}

	/** The version new assessments use, if one is published. */
	@Transactional(readOnly = true)
	public Optional<Questionnaire> published() {
		return store.publishedId().flatMap(store::find);
	}

	/** A new draft version from the admin's whole input. */
	public Questionnaire create(Actor actor, QuestionnaireInput input) {
		requireAdmin(actor);
		checked(input);
		long id = store.insert(input, actor.username(), clock.instant());
		Questionnaire created = questionnaire(id);
		events.publishEvent(new QuestionnaireCreated(id, created.version(), null, actor.username()));
		return created;
	}

	/** A new draft version with the contents of another (the way to change a version in use). */
	public Questionnaire copy(Actor actor, long fromId) {
		requireAdmin(actor);
		Questionnaire from = questionnaire(fromId);
		long id = store.insert(from.toInput(), actor.username(), clock.instant());
		Questionnaire created = questionnaire(id);
		events.publishEvent(new QuestionnaireCreated(id, created.version(), fromId, actor.username()));
		return created;
	}

	/**
	 * Replaces the version's contents, only while no assessment used it.
	 *
	 * @param rowVersion the version's {@code rowVersion} as the admin read it (null: no check)
	 * @throws ConflictException when an assessment (above all a verified one) uses it, or on a stale rowVersion
	 */
	public Questionnaire update(Actor actor, long id, Integer rowVersion, QuestionnaireInput input) {
		requireAdmin(actor);
		Questionnaire current = questionnaire(id);
		long[] usage = store.usage(id);
		if (usage[1] > 0) {
			throw new ConflictException("readiness.questionnaire.used-by-verified", current.version(), usage[1]);
		}
		if (usage[0] > 0) {
			throw new ConflictException("readiness.questionnaire.in-use", current.version(), usage[0]);
		}
		checked(input);
		if (!store.replace(id, rowVersion == null ? current.rowVersion() : rowVersion, input)) {
			throw new ConflictException("readiness.questionnaire.stale", current.version());
		}
		events.publishEvent(new QuestionnaireUpdated(id, current.version(), actor.username()));
		return questionnaire(id);
	}

	/** Publishes a draft: new assessments use it; the version published before is retired. */
	public Questionnaire publish(Actor actor, long id) {
		requireAdmin(actor);
		Questionnaire q = questionnaire(id);
		if (q.status() != QuestionnaireStatus.DRAFT) {
			throw new RuleRefusedException("readiness.questionnaire.not-draft", q.version());
		}
		checked(q.toInput());
		Integer retired = published().map(Questionnaire::version).orElse(null);
		store.publish(id, clock.instant());
		events.publishEvent(new QuestionnairePublished(id, q.version(), retired, actor.username()));
		return questionnaire(id);
	}

	private static void checked(QuestionnaireInput input) {
		var violations = QuestionnaireRules.check(input);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("readiness.forbidden.questionnaire");
		}
	}
}
