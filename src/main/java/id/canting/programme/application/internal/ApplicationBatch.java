package id.canting.programme.application.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.VerificationChecklist;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;

/**
 * Work-queue batches: verify or approve many applications at once. Each application is its own
 * transaction, taken exactly as the single step, so one refusal (quota reached, incomplete checklist,
 * already decided) leaves the others done and is reported for that item alone.
 */
@Service
public class ApplicationBatch {

	/** More than a queue page holds is a mistake, not a batch. */
	static final int MAX_ITEMS = 200;

	private final ApplicationManagement applications;
	private final TransactionTemplate eachInItsOwn;

	ApplicationBatch(ApplicationManagement applications, PlatformTransactionManager transactions) {
		this.applications = applications;
		this.eachInItsOwn = new TransactionTemplate(transactions);
		this.eachInItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Verifies each application with the same checklist. */
	public List<BatchOutcome> verifyAll(Actor actor, List<Long> ids, VerificationChecklist checklist) {
		if (!actor.isAdmin() && actor.role() != Role.OFFICER) {
			throw new ForbiddenException("programme.application.forbidden.verify");
		}
		return each(ids, id -> applications.verify(actor, new ApplicationId(id), checklist));
	}

	/** Approves each application for its requested amount, in the order given, until quota or budget run out. */
	public List<BatchOutcome> approveAll(Actor actor, List<Long> ids) {
		ApplicationAccess.requireDecider(actor);
		return each(ids, id -> applications.approve(actor, new ApplicationId(id), null));
	}

	private List<BatchOutcome> each(List<Long> ids, LongFunction<Application> step) {
		if (ids == null || ids.isEmpty()) {
			throw new InvalidInputException(List.of(FieldViolation.of("ids", "programme.application.batch.empty")));
		}
		if (ids.size() > MAX_ITEMS) {
			throw new InvalidInputException(List.of(FieldViolation.of("ids", "validation.max", MAX_ITEMS)));
		}
		List<BatchOutcome> outcomes = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(ids)) {
			try {
				outcomes.add(BatchOutcome.done(eachInItsOwn.execute(status -> step.apply(id))));
			}
			catch (InvalidInputException e) {
				FieldViolation first = e.violations().get(0);
				outcomes.add(BatchOutcome.refused(id, first.messageKey(), first.arguments().toArray()));
			}
			catch (DomainException e) {
				outcomes.add(BatchOutcome.refused(id, e.messageKey(), e.arguments()));
			}
			catch (org.springframework.dao.OptimisticLockingFailureException e) {
				outcomes.add(BatchOutcome.refused(id, "problem.stale-version"));
			}
		}
		return outcomes;
	}
}
