// network --curve: test accuracy per epoch as a line chart (SVG), rewritten
// after every epoch so a browser can watch it grow. Several runs share one
// chart: each run is a series with a label, stored in the SVG itself
// (data-label and data-accuracy attributes of its line), so a later run
// reads the earlier ones back and draws them all.
#pragma once

#include <string>
#include <vector>

#include "common/drawing/svg.h"

// The kind of picture network --curve writes (svg_marker): it continues or
// overwrites only a learning curve.
inline const char* const kCurvePicture = "learning-curve";

struct CurveSeries {
    std::string label;
    std::vector<double> accuracy;  // percent of test images right, epoch by epoch
};

// The series of a chart written by curve_svg, or none if `filename` does
// not exist. Throws std::runtime_error naming the file if it exists but holds
// no learning curve (so that another file is never overwritten by mistake)
// or a malformed one.
std::vector<CurveSeries> read_curve(const std::string& filename);

// The chart: accuracy (%) against epoch, one coloured line with points per
// series, axes with ticks and labels, a legend, and `title` as heading.
Svg curve_svg(const std::vector<CurveSeries>& series, const std::string& title);

// Replaces the series with this label, or adds it at the end.
void put_series(std::vector<CurveSeries>& series, const CurveSeries& one);

// One run's step: reads the chart in `filename` as it is now, puts `run`
// into it and writes it back whole (write_file), returning what it wrote.
// Reading again before each write keeps the line of another run drawing on
// the same chart at the same time (a second terminal); only two writes within
// the same few milliseconds could still lose one epoch's point.
std::vector<CurveSeries> add_to_curve(const std::string& filename, const CurveSeries& run,
                                      const std::string& title);
