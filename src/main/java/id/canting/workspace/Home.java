package id.canting.workspace;

import java.util.List;

import id.canting.shared.Role;

/**
 * A role's home: counts of what waits (each with the queue page it opens) and sections of items the
 * person follows, in the language asked for. Every count and item is read live from the records.
 */
public record Home(Role role, List<HomeCount> counts, List<HomeSection> sections) {

	/**
	 * How many of something wait, and where to work through them.
	 *
	 * @param key stable name for clients, e.g. {@code applicationsToVerify}
	 * @param attention whether the number asks for action now (overdue, failed, alerts)
	 */
	public record HomeCount(String key, String label, long value, String href, boolean attention) {
	}

	/** A list of items of one kind, e.g. the owner's programme applications. */
	public record HomeSection(String key, String title, List<HomeItem> items) {
	}

	/**
	 * One thing the person follows.
	 *
	 * @param status the state's code for clients (null when the item has none)
	 * @param statusLabel the state in words, for people
	 * @param nextStep what happens next, or who acts (null when nothing follows)
	 * @param overdue past its service level while still pending (never on a finished item)
	 */
	public record HomeItem(String title, String detail, String status, String statusLabel, String nextStep, String href,
			boolean overdue) {
	}
}
