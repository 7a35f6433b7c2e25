package id.canting.programme.participation.internal;

import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * Who may do what with a programme's sessions and participants. Ministry staff (ADMIN) arrange the
 * sessions and manage everyone; a provincial officer manages the participants (and their attendance)
 * from IKM of their province and reads the sessions; an IKM owner sees the participants from their
 * own IKM and downloads their certificates. Nobody else sees participants: they are personal data.
 */
final class ParticipantAccess {

	private ParticipantAccess() {
	}

	static void requireSessionManager(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("participant.forbidden.sessions");
		}
	}

	/** Sessions and participant lists: admins, officers and owners (each list then cut to their scope). */
	static void requireReader(Actor actor) {
		if (!(actor.isAdmin() || actor.role() == Role.OFFICER || actor.role() == Role.IKM_OWNER)) {
			throw new ForbiddenException("participant.forbidden.read");
		}
	}

	/** Enrol, remove, record attendance: admins, and officers for IKM of their province. */
	static void requireManager(Actor actor, String provinceCode) {
		if (!mayManage(actor, provinceCode)) {
			throw new ForbiddenException("participant.forbidden.province");
		}
	}

	static boolean mayManage(Actor actor, String provinceCode) {
		return actor.isAdmin() || actor.isOfficerOf(provinceCode);
	}

	/** Whether the actor may enrol participants at all (from some IKM). */
	static boolean mayEnrol(Actor actor) {
		return actor.isAdmin() || actor.role() == Role.OFFICER;
	}

	static boolean maySee(Actor actor, Participant participant) {
		return mayManage(actor, participant.ikm().provinceCode()) || actor.ownsIkm(participant.ikm().id());
	}
}
