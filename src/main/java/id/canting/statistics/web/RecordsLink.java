package id.canting.statistics.web;

import id.canting.shared.Actor;
import id.canting.shared.Role;

/** Where a figure's records open: the full registry for those who may read it, else the public catalogue. */
final class RecordsLink {

	private RecordsLink() {
	}

	static String listUrl(Actor actor) {
		boolean registryReader = actor.isAdmin() || actor.role() == Role.OFFICER || actor.role() == Role.IKM_OWNER;
		return registryReader ? "/ikm" : "/catalogue";
	}
}
