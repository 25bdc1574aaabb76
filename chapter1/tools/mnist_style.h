// A picture of a digit made into an MNIST image, the way MNIST's own digits
// were made. The MNIST page (Y. LeCun, C. Cortes and C. Burges, "The MNIST
// database of handwritten digits") describes it: each digit of the NIST
// scans was size-normalised to fit a 20 x 20 pixel box with its aspect ratio
// kept, which anti-aliasing turned into grey levels, and then centred in a
// 28 x 28 image by its centre of mass. MNIST's ink is bright on a dark
// background.
#pragma once

#include "common/files/image.h"
#include "common/files/pgm.h"

struct PreparedDigit {
    Image image;            // 28 x 28, as load_data's images: byte k is ink k/256
    bool inverted = false;  // the picture had a light background (dark ink on paper)
};

// The steps, in order:
// 1. ink: the picture's values, inverted if its border is light on average
//    (a drawing or a photo of ink on paper), so that ink is bright;
// 2. the background (the border's average ink) is taken off and the rest
//    stretched so the strongest ink is 1: grey paper counts as no ink, and
//    grey pencil as full ink;
// 3. the digit is the bounding box of the pixels with ink above 0.1;
// 4. that box is scaled so its longer side is 20 pixels, the other in
//    proportion, each new pixel the average of the area it covers (the
//    anti-aliasing);
// 5. it is placed in the 28 x 28 field, shifted by whole pixels so that its
//    centre of mass is as near as can be to the field's centre (14, 14),
//    measuring from the field's top-left corner.
// Throws std::invalid_argument if no pixel stands out from the background
// by more than 0.1.
PreparedDigit prepare_like_mnist(const GrayImage& picture);
