package id.canting.event.exhibitor;

/** An admin set the weights of an event's curation criteria ({@code weights} as readable text). */
public record CurationCriteriaChanged(String eventCode, String weights, String by) {
}
