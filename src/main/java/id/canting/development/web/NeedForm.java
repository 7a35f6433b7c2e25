package id.canting.development.web;

import id.canting.development.internal.NeedPriority;

/** The form that lists a need of the sentra. */
public class NeedForm {

	private String description;
	private NeedPriority priority;

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public NeedPriority getPriority() {
		return priority;
	}

	public void setPriority(NeedPriority priority) {
		this.priority = priority;
	}
}
