package id.canting.readiness.web;

import java.util.LinkedHashMap;
import java.util.Map;

import id.canting.readiness.internal.Assessment;
import id.canting.readiness.internal.Questionnaire;

/**
 * The assessment form and the verification form: one row per question by its code
 * ({@code answers[MO-1].level}), so refusals of the rules land next to their question.
 */
public class AssessmentForm {

	private Map<String, Row> answers = new LinkedHashMap<>();
	private String note;

	/** One question's row: the owner's level and note; on verification the officer's level and reason. */
	public static class Row {

		private Integer level;
		private String note;
		private String reason;

		public Integer getLevel() {
			return level;
		}

		public void setLevel(Integer level) {
			this.level = level;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		/** Never bound: where a missing evidence is reported. */
		public String getEvidence() {
			return null;
		}
	}

	/** The owner's answers as saved (for the assessment form). */
	static AssessmentForm ofOwner(Questionnaire q, Assessment a) {
		AssessmentForm form = new AssessmentForm();
		q.questions().forEach(question -> {
			Row row = new Row();
			Assessment.Answer answer = a.answers().get(question.id());
			if (answer != null) {
				row.level = answer.level();
				row.note = answer.note();
			}
			form.answers.put(question.code(), row);
		});
		return form;
	}

	/** Every question's row, empty (the verification form: no level set means the owner's stands). */
	static AssessmentForm empty(Questionnaire q) {
		AssessmentForm form = new AssessmentForm();
		q.questions().forEach(question -> form.answers.put(question.code(), new Row()));
		return form;
	}

	/** Adds the rows of questions the request did not send, so every question has its place for errors. */
	AssessmentForm complete(Questionnaire q) {
		q.questions().forEach(question -> answers.putIfAbsent(question.code(), new Row()));
		return this;
	}

	public Map<String, Row> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<String, Row> answers) {
		this.answers = answers;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
