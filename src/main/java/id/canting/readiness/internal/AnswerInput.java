package id.canting.readiness.internal;

/** The owner's answer to one question, by the question's code: a level 0–4 (null leaves it open in a draft) and a note. */
public record AnswerInput(String question, Integer level, String note) {
}
