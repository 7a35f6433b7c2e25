package id.canting.event.registration.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.programme.TrainingSessions;
import id.canting.shared.Actor;

/**
 * A workshop that is also a development programme's training session counts its attendance there too:
 * once a check-in has committed, the registrant is marked present in the programme when exactly one of
 * the programme's participants has the registrant's name and organisation (the IKM's name), and the
 * staff member who let them in may record the programme's attendance (admins, the participant's
 * province's officers). It runs after the check-in, in a transaction of its own, so that a programme
 * rule that refuses (another province, a closed programme) never undoes the check-in at the door; the
 * refusal is logged. An anonymous registrant who is not on the programme's list counts at the event only.
 */
@Component
class ProgrammeAttendance {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeAttendance.class);

	private final TrainingSessions trainingSessions;
	private final TransactionTemplate ownTransaction;

	ProgrammeAttendance(TrainingSessions trainingSessions, PlatformTransactionManager transactions) {
		this.trainingSessions = trainingSessions;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A check-in at a session linked to a programme's training session, by {@code actor}. */
	record Due(Actor actor, long programmeSessionId, String name, String organisation) {
	}

	@TransactionalEventListener
	void on(Due due) {
		try {
			ownTransaction.executeWithoutResult(status -> trainingSessions
				.participantNamed(due.programmeSessionId(), due.name(), due.organisation())
				.ifPresent(p -> trainingSessions.markPresent(due.actor(), due.programmeSessionId(), p)));
		}
		catch (RuntimeException e) {
			// the check-in has committed; whatever the programme refuses stays out of the door's answer
			log.info("Check-in not counted at programme session {}: {}", due.programmeSessionId(), e.getMessage());
		}
	}
}
