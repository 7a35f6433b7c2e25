package id.canting.event.web;

import id.canting.event.SessionView;
import id.canting.event.internal.SessionInput;

/**
 * The organisers' session form; times as a browser's date-and-time fields send them
 * ({@code 2024-10-03T09:00}, Asia/Jakarta).
 */
public class SessionForm {

	private String kind;
	private String title;
	private String titleEn;
	private String startsAt;
	private String endsAt;
	private String room;
	private Integer capacity;
	private String audience;
	private String speakers;
	private Long programmeSessionId;
	private int version;

	static SessionForm of(SessionView s) {
		SessionForm form = new SessionForm();
		form.kind = s.kind().name();
		form.title = s.title();
		form.titleEn = s.titleEn();
		form.startsAt = s.startsAt().toString();
		form.endsAt = s.endsAt().toString();
		form.room = s.room();
		form.capacity = s.capacity();
		form.audience = s.audience();
		form.speakers = s.speakers();
		form.programmeSessionId = s.programmeSessionId();
		form.version = s.version();
		return form;
	}

	SessionInput toInput() {
		return new SessionInput(kind, title, titleEn, startsAt, endsAt, room, capacity, audience, speakers,
				programmeSessionId);
	}

	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getTitleEn() { return titleEn; }
	public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
	public String getStartsAt() { return startsAt; }
	public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
	public String getEndsAt() { return endsAt; }
	public void setEndsAt(String endsAt) { this.endsAt = endsAt; }
	public String getRoom() { return room; }
	public void setRoom(String room) { this.room = room; }
	public Integer getCapacity() { return capacity; }
	public void setCapacity(Integer capacity) { this.capacity = capacity; }
	public String getAudience() { return audience; }
	public void setAudience(String audience) { this.audience = audience; }
	public String getSpeakers() { return speakers; }
	public void setSpeakers(String speakers) { this.speakers = speakers; }
	public Long getProgrammeSessionId() { return programmeSessionId; }
	public void setProgrammeSessionId(Long programmeSessionId) { this.programmeSessionId = programmeSessionId; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
