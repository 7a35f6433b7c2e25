package id.canting.event.exhibitor.internal;

/**
 * A constraint that no selection can meet: {@code constraint} names it as the request does
 * ({@code minProvinces}, {@code prisonUnitPlaces}, {@code categoryMinimums.FABRIC}), {@code required}
 * is what it asks, {@code reachable} the most any selection reaches (with the other constraints held as
 * far as they can be), {@code available} what the applicants offer on their own (e.g. the provinces
 * they come from), and {@code shortBy} the difference.
 */
public record Shortfall(String constraint, int required, int reachable, int available, int shortBy) {

	/** The message key that reads this shortfall: the applicants alone explain it, or the combination does. */
	public String messageKey() {
		String base = constraint.startsWith("categoryMinimums.") ? "categoryMinimums" : constraint;
		return "exhibitor.curation.short." + base + (available <= reachable ? ".applicants" : ".combined");
	}
}
