"""The float64 finite-difference check the topic-loss tests share (tests/test_model.py, tests/test_topic_slot.py)."""

from minigrad.gradcheck import numerical_grad
from minigrad.relative_error import max_relative_error

TOPIC_WEIGHT = 0.7


def check_topic_loss_gradient(model, ids, targets, topics) -> dict:
    """Central differences over every parameter of the loss with the topic term; returns the analytic gradients by name.

    A smooth float64 loss, h = 1e-6: the error is ~1e-9 relative to the largest entry (a wrong
    or missing topic gradient is O(1)); 1e-6 leaves room for a probe near a ReLU kink.
    """

    def loss():
        return float(model.forward(ids, targets, topics=topics, topic_weight=TOPIC_WEIGHT)[1])

    model.loss_and_grad(ids, targets, topics=topics, topic_weight=TOPIC_WEIGHT)
    analytic = model.params.grad.copy()
    numeric = numerical_grad(loss, model.params.data)
    assert max_relative_error(analytic, numeric) < 1e-6
    return model.layout.views(analytic)
