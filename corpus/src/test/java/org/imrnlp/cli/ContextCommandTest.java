package org.imrnlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ContextCommandTest {

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ImrNlpCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void assessesEveryRowAndReportsRowsWhoseTargetIsMissing() throws Exception {
        Path input = dir.resolve("rows.tsv");
        Files.writeString(input, """
                id\ttarget\tsentence
                r1\tSuicidal Ideations\tHe has depression but denies suicidal ideations.
                r2\tdepression\tHe has depression but denies suicidal ideations.
                r3\tradiofrequency ablation\tHe might be a candidate for a radiofrequency ablation procedure.
                r4\tsuicide attempt\tHistory of suicide attempt in 2010.
                r5\tdiabetic painful neuropathy\tAccording to MTUS, Neurontin has been shown to be effective for diabetic painful neuropathy.
                r6\trheumatoid arthritis\tHis mother has rheumatoid arthritis.
                r7\tlumbar MRI\tThe requested lumbar MRI is not medically necessary.
                r8\tmigraine\tHe denies fever.
                r9\tonly two cells
                """, StandardCharsets.UTF_8);
        Result r = run("context", "--tsv", input.toString());
        assertEquals(1, r.status());
        assertEquals("""
                id\tnegated\tuncertain\thistorical\tgeneric\tsubject
                r1\ttrue\tfalse\tfalse\tfalse\tpatient
                r2\tfalse\tfalse\tfalse\tfalse\tpatient
                r3\tfalse\ttrue\tfalse\tfalse\tpatient
                r4\tfalse\tfalse\ttrue\tfalse\tpatient
                r5\tfalse\tfalse\tfalse\ttrue\tpatient
                r6\tfalse\tfalse\tfalse\tfalse\tfamily
                r7\tfalse\tfalse\tfalse\tfalse\tpatient
                """, r.out().replace("\r\n", "\n"));
        String[] errors = r.err().strip().split("\\R");
        assertEquals(2, errors.length);
        assertTrue(errors[0].endsWith("line 9 (id r8): target not found in its sentence"), errors[0]);
        assertTrue(errors[1].endsWith("line 10 (id r9): expected 3 columns"), errors[1]);
    }

    @Test
    void writesToTheOutputFile() throws Exception {
        Path input = dir.resolve("rows.tsv");
        Path output = dir.resolve("out.tsv");
        Files.writeString(input, "id\ttarget\tsentence\nx\tfever\tNo fever or chills.\n", StandardCharsets.UTF_8);
        Result r = run("context", "--tsv", input.toString(), "--out", output.toString());
        assertEquals(0, r.status());
        assertEquals("id\tnegated\tuncertain\thistorical\tgeneric\tsubject\nx\ttrue\tfalse\tfalse\tfalse\tpatient\n",
                Files.readString(output));
    }

    @Test
    void refusesAFileWithoutTheHeader() throws Exception {
        Path input = dir.resolve("rows.tsv");
        Files.writeString(input, "x\tfever\tNo fever.\n", StandardCharsets.UTF_8);
        Result r = run("context", "--tsv", input.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("header"));
    }

    @Test
    void printsHelp() {
        Result r = run("context", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("--tsv=FILE"));
    }
}
