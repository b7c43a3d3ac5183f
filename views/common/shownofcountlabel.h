#pragma once

#include <QLabel>

class PagedTableSignals;

// "120 shown of 4,031": how many rows of a paged table are fetched, of how
// many match in the store. Follows the model by itself.
class ShownOfCountLabel final : public QLabel {
    Q_OBJECT
public:
    ShownOfCountLabel(PagedTableSignals* model, QWidget* parent = nullptr);

private:
    void update();

    PagedTableSignals* m_model;
};
