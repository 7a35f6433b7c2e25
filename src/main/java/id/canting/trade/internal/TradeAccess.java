package id.canting.trade.internal;

import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/** Who may do what with trade data: every signed-in person reads, only ministry staff (ADMIN) change. */
public final class TradeAccess {

	private TradeAccess() {
	}

	public static void requireReader(Actor actor) {
		if (actor == null || actor.isAnonymous()) {
			throw new ForbiddenException("trade.forbidden.read");
		}
	}

	public static void requireAdmin(Actor actor) {
		if (actor == null || !actor.isAdmin()) {
			throw new ForbiddenException("trade.forbidden.change");
		}
	}
}
