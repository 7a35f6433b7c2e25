package id.canting.allocation.internal.progress;

import java.util.Map;

import id.canting.allocation.internal.AllocationOrder;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.NotFoundException;
import id.canting.shared.Role;

/**
 * Who may see and report what of an order's production:
 * <ul>
 * <li>ADMIN: everything; reports for any producer, re-allocates;</li>
 * <li>OFFICER: sees every order's progress and dashboard; reports for the producers of its province;
 * re-allocates (capping producers of its province only);</li>
 * <li>IKM_OWNER: sees and reports only its own IKM's part of an order it is allocated on (another order
 * is "not found" to it);</li>
 * <li>BUYER: the dashboard and purchasing documents of its own orders (others are "not found");</li>
 * <li>ASSESSOR: nothing.</li>
 * </ul>
 */
final class ProgressAccess {

	private ProgressAccess() {
	}

	/** May read the order's progress (the owner: its own part). */
	static void requireReader(Actor actor, AllocationOrder order, Map<IkmId, ProducerStanding> standings) {
		if (actor.isAdmin() || actor.role() == Role.OFFICER) {
			return;
		}
		if (actor.role() == Role.IKM_OWNER) {
			if (standings.keySet().stream().noneMatch(ikm -> actor.ownsIkm(ikm.value()))) {
				throw notFound(order.id());
			}
			return;
		}
		if (actor.role() == Role.BUYER) {
			requireBuyerOf(actor, order);
			return;
		}
		throw new ForbiddenException("allocation.progress.forbidden");
	}

	/** May read the order's dashboard and purchasing documents. */
	static void requireDashboardReader(Actor actor, AllocationOrder order) {
		if (actor.isAdmin() || actor.role() == Role.OFFICER) {
			return;
		}
		if (actor.role() == Role.BUYER) {
			requireBuyerOf(actor, order);
			return;
		}
		throw new ForbiddenException("allocation.progress.forbidden");
	}

	/** May report for this producer (of this province). */
	static void requireReporter(Actor actor, long ikmId, String provinceCode) {
		if (actor.isAdmin() || actor.ownsIkm(ikmId) || actor.isOfficerOf(provinceCode)) {
			return;
		}
		throw new ForbiddenException("allocation.progress.forbidden-report");
	}

	/** May re-allocate. */
	static void requirePlanner(Actor actor) {
		if (!actor.isAdmin() && actor.role() != Role.OFFICER) {
			throw new ForbiddenException("allocation.progress.forbidden");
		}
	}

	private static void requireBuyerOf(Actor actor, AllocationOrder order) {
		if (order.buyerUsername() == null || !order.buyerUsername().equals(actor.username())) {
			throw notFound(order.id());
		}
	}

	static NotFoundException notFound(Object id) {
		return new NotFoundException("allocation.progress.order-not-found", id);
	}
}
