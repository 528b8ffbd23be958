package io.verdict.emailtrigger;

import io.verdict.input.InputFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Which attachment of a message becomes a run's input: exactly one {@code .xlsx} or {@code .csv} file. Otherwise the
 * refusal says why, in words the sender can act on.
 *
 * @param index the chosen attachment's position among the attachments; -1 when refused
 */
public record AttachmentChoice(int index, String fileName, InputFormat format, String refusal) {

    private static final List<InputFormat> USABLE = List.of(InputFormat.XLSX, InputFormat.CSV);

    /** Chooses among the message's attachments, given by file name in message order. */
    public static AttachmentChoice of(List<String> fileNames) {
        if (fileNames.isEmpty()) {
            return refused("The message has no attachment: attach the records as one .xlsx or .csv file.");
        }
        List<Integer> usable = IntStream.range(0, fileNames.size())
                .filter(i -> format(fileNames.get(i)).isPresent())
                .boxed()
                .toList();
        if (usable.isEmpty()) {
            return refused("None of its attachments (" + String.join(", ", fileNames)
                    + ") is an .xlsx or .csv file: attach the records as one.");
        }
        if (usable.size() > 1) {
            List<String> names = new ArrayList<>();
            usable.forEach(i -> names.add(fileNames.get(i)));
            return refused("It has " + usable.size() + " .xlsx or .csv attachments (" + String.join(", ", names)
                    + "): send one file per message, so that each makes one run.");
        }
        int chosen = usable.get(0);
        return new AttachmentChoice(
                chosen, fileNames.get(chosen), format(fileNames.get(chosen)).orElseThrow(), null);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    private static AttachmentChoice refused(String why) {
        return new AttachmentChoice(-1, null, null, why);
    }

    private static Optional<InputFormat> format(String fileName) {
        return InputFormat.ofFileName(fileName).filter(USABLE::contains);
    }
}
