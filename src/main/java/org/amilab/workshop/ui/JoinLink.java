package org.amilab.workshop.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/** The address learners open to join a workshop, and its QR code for the projector. */
final class JoinLink {

    private static final int QUIET_ZONE = 2;

    private JoinLink() {
    }

    /** The join page with the code filled in, on the address this page was served from. */
    static String of(String code) {
        HttpServletRequest request = VaadinServletRequest.getCurrent() == null ? null
                : ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getHttpServletRequest();
        String base = request == null ? "" : request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath();
        return base + "/join?code=" + code;
    }

    /** The link as an SVG QR code: one square per dark module, scaled by the page. */
    static String qrSvg(String link) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            int size = matrix.getWidth() + 2 * QUIET_ZONE;
            var path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" role=\"img\" "
                    + "aria-label=\"QR code of the join link\" class=\"join-qr\"><rect width=\"" + size + "\" height=\""
                    + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException tooLong) {
            throw new IllegalStateException("a join link always fits a QR code", tooLong);
        }
    }
}
