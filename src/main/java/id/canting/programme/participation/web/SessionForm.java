package id.canting.programme.participation.web;

import id.canting.programme.participation.internal.SessionInput;

/** The add-session form of ministry staff: number (optional), day, topic and place. */
public class SessionForm {

	private Integer number;
	private String heldOn;
	private String topic;
	private String place;

	SessionInput toInput() {
		return new SessionInput(number, heldOn, topic, place);
	}

	public Integer getNumber() {
		return number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public String getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(String heldOn) {
		this.heldOn = heldOn;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}
}
