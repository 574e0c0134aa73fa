/**
 * The risk engine: instruments as data, answers, scoring and MARAC referral routes.
 *
 * <p>Pure Java: it uses the JDK and Jackson only, and no other package of ours. Instruments are
 * JSON files ({@code instruments/*.json} on the classpath, optionally overridden from a folder)
 * loaded by {@link org.maracdesk.risk.InstrumentRegistry}; {@link org.maracdesk.risk.RiskEngine}
 * scores an {@link org.maracdesk.risk.AnswerSheet} against one and returns a
 * {@link org.maracdesk.risk.RiskResult} that explains itself.
 * {@link org.maracdesk.risk.ScoreCommandLogic} is the file-in, JSON-out entry for the CLI.
 */
package org.maracdesk.risk;
