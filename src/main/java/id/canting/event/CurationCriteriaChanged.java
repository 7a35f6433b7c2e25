package id.canting.event;

/** An admin set the weights of an event's curation criteria ({@code weights} as readable text). */
public record CurationCriteriaChanged(String eventCode, String weights, String by) {
}
