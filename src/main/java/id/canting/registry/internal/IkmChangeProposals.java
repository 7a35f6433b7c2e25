package id.canting.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.canting.registry.Ikm;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmManagement;
import id.canting.registry.events.IkmChangeProposed;
import id.canting.shared.Actor;

/**
 * Saves an owner's change to reviewed fields as the IKM's one open change. Called by
 * {@link IkmManagement#update} with the IKM's row locked, so two submissions for one IKM queue up
 * rather than both opening a change.
 *
 * <p>A newer proposal replaces the open one (which is withdrawn): the owner's latest word is what the
 * office decides on, and a typo in a proposal is corrected by sending it again, not by waiting for a
 * return. An officer deciding meanwhile names the change they saw, which is then no longer pending, so
 * they never accept something they did not see. A submission that leaves every reviewed field at the
 * IKM's value (e.g. an API client sending back what it read, with a new phone number) proposes nothing
 * and leaves an open change as it is; the owner withdraws one explicitly.
 */
@Component
public class IkmChangeProposals {

	private final IkmChangeRepository changes;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IkmChangeProposals(IkmChangeRepository changes, ApplicationEventPublisher events, Clock clock) {
		this.changes = changes;
		this.events = events;
		this.clock = clock;
	}

	/** Proposes {@code wanted}'s values of {@code fields} for the IKM (as it stands, before any change). */
	public void propose(Actor actor, Ikm ikm, IkmDetails wanted, List<String> fields) {
		if (fields.isEmpty()) {
			return;
		}
		Optional<IkmChange> open = changes.findFirstByIkmIdAndStatus(ikm.id().value(), IkmChangeStatus.PENDING);
		if (open.isPresent() && open.get().proposesTheSame(wanted, fields)) {
			return;
		}
		Instant now = clock.instant();
		open.ifPresent(replaced -> {
			replaced.withdraw(true, ikm.provinceCode(), actor.username(), now);
			changes.save(replaced);
		});
		IkmChange change = changes.save(IkmChange.propose(ikm.id(), wanted, fields, actor.username(), now));
		// The event needs the id the database just assigned, so it is published here, not by the aggregate.
		events.publishEvent(new IkmChangeProposed(change.id(), ikm.id(), ikm.provinceCode(),
				change.changesFrom(ikm.details()), actor.username()));
	}
}
