package id.canting.event;

/** The curators published an event's exhibitors: {@code selected} of {@code applications} endorsed applications. */
public record ExhibitorSelectionPublished(String eventCode, int selected, int applications, String totalScore,
		String by) {
}
