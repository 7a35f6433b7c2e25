package id.canting.allocation.internal.progress;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.allocation.AllocationPlanConfirmed;
import id.canting.shared.web.Dates;

/**
 * Remembers the day an order's plan was first confirmed (in Jakarta), from which producers' pace is
 * measured; synchronously, in the transaction of the confirmation. Re-plans confirm new versions and do
 * not move it.
 */
@Component
class PaceStarts {

	private final ProgressFigures figures;
	private final Clock clock;

	PaceStarts(ProgressFigures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	@EventListener
	void on(AllocationPlanConfirmed event) {
		figures.recordConfirmation(event.orderId().value(), LocalDate.now(clock.withZone(Dates.WIB)));
	}
}
