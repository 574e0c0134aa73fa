package org.maracdesk.exchange.referrals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.casework.intake.FieldProblem;
import org.maracdesk.casework.intake.IntakeRejectedException;
import org.maracdesk.casework.intake.IntakeResult;
import org.maracdesk.casework.intake.NewReferral;
import org.maracdesk.casework.intake.PossibleDuplicate;
import org.maracdesk.casework.intake.ReferralIntakeService;

/**
 * Imports a file of referrals (JSON array or CSV, as an online referral form exports them) all
 * or nothing: every referral is read and checked first, and any problem rejects the whole file
 * with {@code line N, field X: reason} for each; only a clean file is recorded, in one transaction.
 */
public final class ReferralImporter {
    private final ReferralIntakeService intake;

    public ReferralImporter(ReferralIntakeService intake) {
        this.intake = intake;
    }

    /**
     * @throws ReferralFileRejectedException when anything in the file is wrong; nothing was written
     * @throws IOException when the file cannot be read
     */
    public ImportReport importFile(Path file, String recordedBy) throws IOException {
        return importFile(file, recordedBy, ProgressListener.NONE, Cancellation.never());
    }

    /**
     * As {@link #importFile(Path, String)}, telling {@code progress} how many referrals are written
     * and stopping, with nothing written, when {@code cancel} is cancelled.
     *
     * @throws org.maracdesk.casework.bulk.CancelledException when cancelled; nothing was written
     */
    public ImportReport importFile(Path file, String recordedBy, ProgressListener progress, Cancellation cancel)
            throws IOException {
        return run(file, recordedBy, progress, cancel, false);
    }

    /**
     * What {@link #importFile} would do with this file, with nothing stored: the same checks (the
     * same problems, worded the same), then the same run rolled back, so the counts and possible
     * duplicates are those an import made now would report. The window shows this before importing.
     *
     * @throws ReferralFileRejectedException when anything in the file is wrong
     * @throws IOException when the file cannot be read
     */
    public ImportReport preview(Path file, String recordedBy, ProgressListener progress, Cancellation cancel)
            throws IOException {
        return run(file, recordedBy, progress, cancel, true);
    }

    private ImportReport run(Path file, String recordedBy, ProgressListener progress, Cancellation cancel,
                             boolean preview) throws IOException {
        String text = decode(Files.readAllBytes(file));
        ReferralFileFormat format = ReferralFileFormat.of(file, text);
        List<SourceRecord> records = records(format, text);
        List<NewReferral> referrals = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ProblemSink sink = new ProblemSink(i);
            if (!records.get(i).fields().isObject()) {
                sink.add("referral", "must be an object with fields");
            }
            referrals.add(sink.isEmpty() ? ReferralReader.read(new Fields(records.get(i).fields(), "", sink)) : null);
            problems.addAll(sink.problems());
        }
        problems.addAll(withoutRepeats(intake.check(referrals), problems));
        if (!problems.isEmpty()) {
            throw rejected(records, problems, format);
        }
        try {
            IntakeResult result = preview ? intake.preview(referrals, recordedBy, progress, cancel)
                    : intake.record(referrals, recordedBy, progress, cancel);
            return new ImportReport(result, result.toReview().stream().map(PossibleDuplicate::index)
                    .map(i -> records.get(i).line()).toList());
        } catch (IntakeRejectedException e) {
            throw rejected(records, e.problems(), format);
        }
    }

    private static List<SourceRecord> records(ReferralFileFormat format, String text) {
        try {
            List<SourceRecord> records = format == ReferralFileFormat.JSON ? JsonRecords.read(text)
                    : CsvRecords.read(text);
            if (records.isEmpty()) {
                throw new FileProblem(1, "the file holds no referrals");
            }
            return records;
        } catch (FileProblem e) {
            throw new ReferralFileRejectedException(List.of(new ImportProblem(e.line(), null, e.getMessage())));
        }
    }

    /** A rule of meaning that restates a problem of form already found for the same field is left out. */
    private static List<FieldProblem> withoutRepeats(List<FieldProblem> checks, List<FieldProblem> form) {
        return checks.stream().filter(c -> form.stream().noneMatch(f -> f.index() == c.index()
                && (overlaps(f.field(), c.field()) || overlaps(c.field(), f.field())))).toList();
    }

    private static boolean overlaps(String outer, String inner) {
        return inner.equals(outer) || inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }

    private static ReferralFileRejectedException rejected(List<SourceRecord> records, List<FieldProblem> problems,
                                                          ReferralFileFormat format) {
        Set<ImportProblem> out = new LinkedHashSet<>();
        for (FieldProblem p : problems) {
            SourceRecord r = records.get(p.index());
            String field = r.names().name(p.field());
            boolean unknownColumn = format == ReferralFileFormat.CSV && Fields.UNKNOWN_FIELD.equals(p.reason());
            out.add(unknownColumn ? new ImportProblem(1, field, "is not a column this import knows")
                    : new ImportProblem(r.line(), field, p.reason()));
        }
        List<ImportProblem> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(ImportProblem::line));
        return new ReferralFileRejectedException(sorted);
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ReferralFileRejectedException(List.of(new ImportProblem(1, null,
                    "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in spreadsheet programs)")));
        }
    }
}
